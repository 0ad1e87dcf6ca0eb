package org.complaintrules.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.ComplaintCase;
import org.junit.jupiter.api.Test;

class CfpbSampleTest {

    @Test
    void csvHandlesQuotedCommasLineBreaksAndDoubledQuotes() {
        String text = "\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\nz\",\r\n2,,last\n";
        List<Map<String, String>> rows = Csv.parseWithHeader(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("a", "1")
                .containsEntry("b", "x, \"y\"\nz")
                .containsEntry("c", "");
        assertThat(rows.get(1)).containsEntry("a", "2").containsEntry("b", "").containsEntry("c", "last");
        assertThatThrownBy(() -> Csv.parse("a,\"b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Csv.parseWithHeader("a,b\n1\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSampleHas101NarrativesTurnedIntoWebFormCases() {
        List<ComplaintCase> cases = CfpbSample.cases(Path.of(System.getProperty("complaint.data.dir")));
        assertThat(cases).hasSize(101);
        ComplaintCase first = cases.get(0);
        assertThat(first.id()).isEqualTo("CFPB-3384392");
        assertThat(first.customer().id()).isEqualTo("K-3384392");
        assertThat(first.complaint().receivedAt()).isEqualTo(Instant.parse("2019-09-24T12:00:00Z"));
        assertThat(first.complaint().category()).isEqualTo(Category.BILLING);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.complaint().channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(c.complaint().language()).isNull();
            assertThat(c.complaint().text()).isNotBlank();
            assertThat(c.complaint().category()).isIn(Category.BILLING, Category.SERVICE_QUALITY);
        });
        assertThat(cases).extracting(ComplaintCase::id).doesNotHaveDuplicates();
    }

    @Test
    void productsMapToCategories() {
        assertThat(CfpbSample.category("Debt collection")).isEqualTo(Category.BILLING);
        assertThat(CfpbSample.category("Credit reporting, credit repair services, or other personal consumer reports"))
                .isEqualTo(Category.SERVICE_QUALITY);
        assertThat(CfpbSample.category("Payday loan")).isEqualTo(Category.OTHER);
    }
}
