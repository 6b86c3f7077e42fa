package jp.clustereval.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.clustereval.common.UserFacingException;

/**
 * What a round definition must be before anything of it is stored: every refusal names the first
 * defect (a {@code round.*} message). The limits keep a definition from a file within what the
 * database, the sheet and the charts can hold (a radar needs 3 to 8 axes).
 */
public final class RoundRules {

    public static final int MIN_AXES = 3;
    public static final int MAX_AXES = 8;
    public static final int MIN_GRADES = 2;
    public static final int MAX_GRADES = 10;
    /** A national round holds 100,000 proposals (docs/performance.md). */
    public static final int MAX_UNITS = 100_000;
    public static final int MAX_ITEMS = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MIN_FISCAL_YEAR = 1990;
    public static final int MAX_FISCAL_YEAR = 2200;
    private static final String YEARS = MIN_FISCAL_YEAR + "-" + MAX_FISCAL_YEAR;

    private static final Pattern ROUND_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** As the cluster table's check (1 to 16 characters), without characters that need quoting anywhere. */
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,15}");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern AXIS_CODE = Pattern.compile("[A-Za-z0-9]{1,8}");
    /** Upper case (the grade table's check); sub-items write the same grades in lower case. */
    private static final Pattern GRADE_CODE = Pattern.compile("[A-Z][A-Z0-9+-]{0,3}");

    private RoundRules() {
    }

    public static void checkId(String id) {
        if (id == null || !ROUND_ID.matcher(id).matches()) {
            throw new UserFacingException("round.idInvalid", id == null ? "" : id);
        }
    }

    public static void checkName(LocalizedText name) {
        if (name.ja().isBlank() || name.en().isBlank()) {
            throw new UserFacingException("round.nameMissing");
        }
        text(name.ja(), MAX_NAME, "name_ja");
        text(name.en(), MAX_NAME, "name_en");
    }

    /** The whole definition; {@link #checkItemList} must have passed for its item tree to exist. */
    public static void check(RoundDefinition d) {
        Round r = d.round();
        checkId(r.id());
        checkName(r.name());
        if (d.fiscalYear() < MIN_FISCAL_YEAR || d.fiscalYear() > MAX_FISCAL_YEAR) {
            throw new UserFacingException("round.fiscalYear", String.valueOf(d.fiscalYear()), "", YEARS);
        }
        Set<String> units = checkUnits(d.units());
        checkCohort(r.cohort(), units);
        checkScale(r.scale());
        Set<String> axes = checkAxes(r.axes());
        checkItems(r.items().all(), axes, units);
    }

    private static Set<String> checkUnits(List<Cluster> units) {
        if (units.isEmpty() || units.size() > MAX_UNITS) {
            throw new UserFacingException("round.unitCount", units.size(), MAX_UNITS);
        }
        Set<String> codes = new HashSet<>();
        for (Cluster u : units) {
            if (u.code() == null || !UNIT_CODE.matcher(u.code()).matches()) {
                throw new UserFacingException("round.unitCode", u.code() == null ? "" : u.code());
            }
            if (!codes.add(u.code())) {
                throw new UserFacingException("round.unitTwice", u.code());
            }
            if (u.name().ja().isBlank() || u.name().en().isBlank()) {
                throw new UserFacingException("round.unitName", u.code());
            }
            text(u.name().ja(), MAX_NAME, u.code());
            text(u.name().en(), MAX_NAME, u.code());
            text(u.area().ja(), MAX_NAME, u.code());
            text(u.area().en(), MAX_NAME, u.code());
            text(u.prefectures(), MAX_NAME, u.code());
            text(u.wideArea(), MAX_NAME, u.code());
            for (String field : u.fields()) {
                text(field, MAX_NAME, u.code());
            }
            if (u.startFiscalYear() < MIN_FISCAL_YEAR || u.startFiscalYear() > MAX_FISCAL_YEAR) {
                throw new UserFacingException("round.fiscalYear", String.valueOf(u.startFiscalYear()), u.code(), YEARS);
            }
        }
        return codes;
    }

    private static void checkCohort(Set<String> cohort, Set<String> units) {
        if (cohort.isEmpty()) {
            throw new UserFacingException("round.cohortEmpty");
        }
        for (String code : cohort) {
            if (!units.contains(code)) {
                throw new UserFacingException("round.cohortNotUnit", code);
            }
        }
    }

    private static void checkScale(GradeScale scale) {
        List<GradeLevel> levels = scale.levels();
        if (levels.size() < MIN_GRADES || levels.size() > MAX_GRADES) {
            throw new UserFacingException("round.gradeCount", levels.size(), MIN_GRADES, MAX_GRADES);
        }
        Set<String> codes = new HashSet<>();
        Set<Double> values = new HashSet<>();
        for (GradeLevel l : levels) {
            if (l.code() == null || !GRADE_CODE.matcher(l.code()).matches() || !codes.add(l.code())) {
                throw new UserFacingException("round.gradeCode", l.code() == null ? "" : l.code());
            }
            if (!Double.isFinite(l.value()) || !values.add(l.value())) {
                throw new UserFacingException("round.gradeValue", l.code());
            }
            text(l.wording().ja(), MAX_NAME, l.code());
            text(l.wording().en(), MAX_NAME, l.code());
        }
    }

    private static Set<String> checkAxes(List<Axis> axes) {
        if (axes.size() < MIN_AXES || axes.size() > MAX_AXES) {
            throw new UserFacingException("round.axisCount", axes.size(), MIN_AXES, MAX_AXES);
        }
        Set<String> codes = new HashSet<>();
        double sum = 0;
        for (Axis a : axes) {
            if (a.code() == null || !AXIS_CODE.matcher(a.code()).matches() || !codes.add(a.code())) {
                throw new UserFacingException("round.axisCode", a.code() == null ? "" : a.code());
            }
            if (a.name().ja().isBlank() || a.name().en().isBlank()) {
                throw new UserFacingException("round.axisName", a.code());
            }
            text(a.name().ja(), MAX_NAME, a.code());
            text(a.name().en(), MAX_NAME, a.code());
            weight(a.weight(), a.code());
            sum += a.weight();
        }
        if (!(sum > 0)) {
            throw new UserFacingException("round.weightsZero");
        }
        return codes;
    }

    /**
     * The item list before it becomes a tree: ids well-formed and once each, each parent listed
     * before its child, at most {@link #MAX_ITEMS}.
     */
    public static void checkItemList(List<Item> items) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new UserFacingException("round.itemCount", items.size(), MAX_ITEMS);
        }
        Set<String> seen = new HashSet<>();
        for (Item i : items) {
            if (i.id() == null || !ITEM_ID.matcher(i.id()).matches()) {
                throw new UserFacingException("round.itemId", i.id() == null ? "" : i.id());
            }
            if (i.parentId() != null && !seen.contains(i.parentId())) {
                throw new UserFacingException("round.itemParent", i.id(), i.parentId());
            }
            if (!seen.add(i.id())) {
                throw new UserFacingException("round.itemTwice", i.id());
            }
        }
    }

    private static void checkItems(List<Item> items, Set<String> axes, Set<String> units) {
        checkItemList(items);
        Map<String, Item> byId = new HashMap<>();
        Set<String> axesUsed = new HashSet<>();
        for (Item i : items) {
            byId.put(i.id(), i);
            Item parent = i.parentId() == null ? null : byId.get(i.parentId());
            switch (i.kind()) {
                case GRADED -> {
                    if (i.axisCode() == null || !axes.contains(i.axisCode())) {
                        throw new UserFacingException("round.itemNoAxis", i.id(), i.axisCode() == null ? "" : i.axisCode());
                    }
                    if (parent != null && parent.kind() != ItemKind.HEADING) {
                        throw new UserFacingException("round.itemPlace", i.id());
                    }
                    axesUsed.add(i.axisCode());
                }
                case SUB_ITEM -> {
                    if (parent == null || parent.kind() != ItemKind.GRADED || i.axisCode() != null) {
                        throw new UserFacingException("round.itemPlace", i.id());
                    }
                }
                case HEADING -> {
                    if (i.axisCode() != null || (parent != null && parent.kind() != ItemKind.HEADING)) {
                        throw new UserFacingException("round.itemPlace", i.id());
                    }
                }
            }
            if (i.clusterCode() != null && !units.contains(i.clusterCode())) {
                throw new UserFacingException("round.itemUnit", i.id(), i.clusterCode());
            }
            if (i.name().ja().isBlank() || i.name().en().isBlank()) {
                throw new UserFacingException("round.itemName", i.id());
            }
            text(i.name().ja(), MAX_NAME, i.id());
            text(i.name().en(), MAX_NAME, i.id());
            text(i.description().ja(), MAX_DESCRIPTION, i.id());
            text(i.description().en(), MAX_DESCRIPTION, i.id());
            weight(i.weight(), i.id());
        }
        for (String axis : axes) {
            if (!axesUsed.contains(axis)) {
                throw new UserFacingException("round.axisNoItem", axis);
            }
        }
    }

    private static void weight(double w, String where) {
        if (!Double.isFinite(w) || w < 0) {
            throw new UserFacingException("round.weight", where);
        }
    }

    private static void text(String s, int max, String where) {
        if (s != null && s.codePointCount(0, s.length()) > max) {
            throw new UserFacingException("round.textTooLong", where, max);
        }
    }
}
