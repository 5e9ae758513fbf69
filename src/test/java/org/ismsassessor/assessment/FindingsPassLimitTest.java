package org.ismsassessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The explicit bound on findings per result, and the message a user reads beyond it. */
class FindingsPassLimitTest {

    @Test
    void aResultOverTheLimitIsRefusedSayingHowManyAndWhatToCheck() {
        assertThat(FindingsPass.MAX_FINDINGS).isEqualTo(5_000);
        assertThat(new TooManyFindings(5_001, FindingsPass.MAX_FINDINGS).getMessage()).isEqualTo(
                "The assessment gives 5001 findings after grouping, more than the 5000 a result may hold; check the"
                        + " snapshot for duplicated entities or a user rule raising one finding per fact without a"
                        + " grading line that groups them");
    }
}
