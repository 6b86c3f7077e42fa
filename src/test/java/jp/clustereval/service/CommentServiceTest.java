package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;

class CommentServiceTest {

    @TempDir
    Path dir;

    private Services services;
    private Round round;
    private Evaluator ichiro;
    private Evaluator jiro;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("c.db"), false, dir.resolve("keys"));
        round = services.rounds().current();
        ichiro = services.evaluators().add("一郎", "");
        jiro = services.evaluators().add("次郎", "");
        SheetKey a = new SheetKey(round.id(), ichiro.id(), "SAP");
        services.grading().setItemText(a, "1.1", ItemTextField.COMMENT, "テーマが多すぎる", "test");
        services.grading().setSheetComment(a, "総じて順調", "test");
        SheetKey b = new SheetKey(round.id(), jiro.id(), "SAP");
        services.grading().setItemText(b, "1.1", ItemTextField.INDICATION, "事業化の道筋を示すこと", "test");
        services.grading().setItemText(new SheetKey(round.id(), jiro.id(), "KOB"), "4", ItemTextField.COMMENT,
                "薬事の壁", "test");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void commentsAreCompiledPerClusterWithNamesHiddenOrShown() {
        List<CommentService.CompiledComment> hidden = services.comments().compiled(round.id(), "SAP", null, false);
        assertEquals(List.of("-:総じて順調", "1.1:テーマが多すぎる", "1.1:事業化の道筋を示すこと"),
                hidden.stream().map(c -> (c.itemId().isEmpty() ? "-" : c.itemId()) + ":" + c.text()).toList());
        assertTrue(hidden.stream().noneMatch(c -> c.author().contains("郎")), "names hidden");
        int ichiroNumber = hidden.get(0).authorNumber();
        assertEquals(ichiroNumber, services.comments().compiled(round.id(), null, null, false).stream()
                .filter(c -> c.text().equals("テーマが多すぎる")).findFirst().orElseThrow().authorNumber(),
                "the same number for the same evaluator everywhere");
        assertEquals("一郎", services.comments().compiled(round.id(), "SAP", null, true).get(0).author());
        assertEquals(4, services.comments().compiled(round.id(), null, null, false).size());
    }

    @Test
    void tagsFilterEveryClustersComments() {
        services.comments().tag(round.id(), "一郎", "SAP", "1.1", "comment", "rd-themes", "chair");
        services.comments().tag(round.id(), "次郎", "SAP", "1.1", "indication", "commercialisation", "chair");
        services.comments().tag(round.id(), "次郎", "KOB", "4", "comment", "regulation", "chair");
        assertFalse(services.comments().tag(round.id(), "次郎", "KOB", "4", "comment", "regulation", "chair"), "already there");
        assertEquals(List.of("薬事の壁"), texts(services.comments().compiled(round.id(), null, "regulation", false)));
        assertEquals(List.of("テーマが多すぎる"), texts(services.comments().compiled(round.id(), null, "RD-THEMES", false)));
        assertEquals(Set.of("commercialisation"), services.comments().compiled(round.id(), "SAP", "commercialisation", false)
                .get(0).tags());
        assertTrue(services.comments().untag(round.id(), "次郎", "KOB", "4", "comment", "regulation", "chair"));
        assertEquals(List.of(), services.comments().compiled(round.id(), null, "regulation", false));
    }

    @Test
    void tagsOnMissingCommentsOrUnknownTagsAreRefusedAndChangeNothing() {
        String before = DbSnapshot.of(services.database());
        assertEquals("comments.tag", assertThrows(UserFacingException.class,
                () -> services.comments().tag(round.id(), "一郎", "SAP", "1.1", "comment", "budget", "chair")).key());
        assertEquals("comments.none", assertThrows(UserFacingException.class,
                () -> services.comments().tag(round.id(), "一郎", "SAP", "4", "comment", "ip", "chair")).key());
        assertEquals("comments.field", assertThrows(UserFacingException.class,
                () -> services.comments().tag(round.id(), "一郎", "SAP", "1.1", "note", "ip", "chair")).key());
        assertThrows(UserFacingException.class, () -> services.comments().compiled(round.id(), null, "budget", false));
        assertEquals(before, DbSnapshot.of(services.database()));
    }

    private static List<String> texts(List<CommentService.CompiledComment> list) {
        return list.stream().map(CommentService.CompiledComment::text).toList();
    }
}
