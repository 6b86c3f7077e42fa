package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.service.RosterService;
import jp.clustereval.service.Services;
import jp.clustereval.service.TwoRounds;
import jp.clustereval.ui.clusters.ClusterListViewModel;
import jp.clustereval.ui.clusters.ClusterRow;
import jp.clustereval.ui.comments.CommentsViewModel;
import jp.clustereval.ui.results.CohortChoice;
import jp.clustereval.ui.results.ResultsViewModel;

/**
 * The desktop's views of a City Area round in a database that also holds the seeded round: the
 * cluster list, the results and the comments show only the current round's units; once the round
 * has assignments the evaluator's list shows only the units assigned to them.
 */
class RoundScopeViewModelsTest {

    @TempDir
    Path dir;
    private VmFixture f;

    /** The City Area round made current, Hanako this machine's evaluator, grades in both rounds. */
    private VmFixture open(List<String> assignedToHanako) {
        Path db = dir.resolve("two.db");
        try (Services s = Services.open(db, false)) {
            TwoRounds.addCityRound(s, dir);
            Evaluator hanako = s.evaluators().createLocal("Hanako", "Tohoku");
            Evaluator other = s.evaluators().add("Ichiro", "Kyoto");
            TwoRounds.gradeAll(s, TwoRounds.MID, hanako.id(), "SAP", "A");
            TwoRounds.gradeAll(s, TwoRounds.CITY, hanako.id(), "CA01", "A");
            TwoRounds.gradeAll(s, TwoRounds.CITY, other.id(), "CA02", "B");
            if (!assignedToHanako.isEmpty()) {
                s.roster().add(TwoRounds.CITY, hanako.id(), RosterService.EVALUATOR, null, "test");
                s.roster().add(TwoRounds.CITY, other.id(), RosterService.EVALUATOR, null, "test");
                s.assignments().assign(TwoRounds.CITY, hanako.id(), assignedToHanako, false, "test");
                s.assignments().assign(TwoRounds.CITY, other.id(), List.of("CA02"), false, "test");
            }
            s.roundSetup().use(TwoRounds.CITY, "test");
        }
        f = new VmFixture(db, Language.EN);
        f.app.evaluatorProperty().set(f.session.services().evaluators().local().orElseThrow());
        return f;
    }

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    private List<String> listed() {
        ClusterListViewModel vm = new ClusterListViewModel(f.app, f.tasks);
        vm.load();
        f.awaitIdle();
        return vm.rows().stream().map(ClusterRow::code).toList();
    }

    @Test
    void theListShowsTheCurrentRoundsUnitsWhileItHasNoAssignments() {
        open(List.of());
        assertEquals(TwoRounds.CITY, f.session.round().id());
        assertEquals(TwoRounds.CITY_UNITS, listed());
    }

    @Test
    void theListShowsOnlyMyAssignedUnitsOnceTheRoundHasAssignments() {
        open(List.of("CA03", "CA01"));
        assertEquals(List.of("CA01", "CA03"), listed(), "mine, in the round's order; not CA02 (Ichiro's)");
    }

    @Test
    void resultsAndCommentsChooseAmongTheRoundsUnitsAndNameTheCohortBySize() {
        open(List.of());
        ResultsViewModel results = new ResultsViewModel(f.app, f.tasks);
        results.refresh();
        f.awaitIdle();
        List<String> choices = results.cohorts().stream().map(CohortChoice::label).toList();
        assertEquals("Cohort of this round (2 units)", choices.get(0), choices.toString());
        assertTrue(choices.contains("Started FY2005") && choices.contains("Started FY2006"), choices.toString());
        assertTrue(choices.stream().noneMatch(c -> c.contains("FY2002") || c.contains("FY2003")),
                "no start year of the other round's clusters: " + choices);
        assertEquals(List.of("CA01", "CA02"), results.rows().stream().map(r -> r.code()).toList());

        CommentsViewModel comments = new CommentsViewModel(f.app, f.tasks);
        comments.refresh();
        f.awaitIdle();
        assertEquals(List.of("", "CA01", "CA02", "CA03"), List.copyOf(comments.clusterCodes()));
    }
}
