package org.treatybriefing.merge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merge's compact forms of articles: ranks of source ids, sets of ranks, statements and their carriers. */
class RankStructuresTest {

    @Test
    void sourceIdsAreRankedInTheirOrderAndGivenBack() {
        SourceIds ids = new SourceIds();
        for (String id : new String[]{"harbour/a.txt", "harbour/b.txt", "Ä-norland.txt"}) {
            ids.add(id);
        }

        assertThat(ids.rank("harbour/b.txt")).isEqualTo(1);
        assertThat(ids.id(2)).isEqualTo("Ä-norland.txt");
        assertThat(ids.rank("harbour/c.txt")).isEqualTo(-1);
        assertThat(ids.join("; ", new int[]{0, 2})).isEqualTo("harbour/a.txt; Ä-norland.txt");
        assertThatThrownBy(() -> ids.add("harbour/a.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1 2 3 | 1 2 3",
            "3 3 1 2 1 | 1 2 3",
            "5 | 5",
    })
    void aRankSetHoldsEachRankOnceInOrder(String added, String held) {
        RankSet set = new RankSet();
        for (String r : added.split(" ")) {
            set.add(Integer.parseInt(r));
        }

        assertThat(set.toArray()).containsExactly(ints(held));
        assertThat(set.size()).isEqualTo(held.split(" ").length);
        assertThat(set.contains(Integer.parseInt(held.split(" ")[0]))).isTrue();
        assertThat(set.contains(4)).isFalse();
    }

    @Test
    void statementsAndTheirCarriersAreOneTableReadBothWays() {
        StatementCarriers carriers = new StatementCarriers(4);
        carriers.add(0, 1);
        carriers.add(0, 0);
        carriers.add(0, 1);
        carriers.add(2, 1); // rank 1 carries nothing
        carriers.add(3, 2);
        carriers.finish(3);

        assertThat(carriers.statementsOf(0)).containsExactly(0, 1);
        assertThat(carriers.statementsOf(1)).isEmpty();
        assertThat(carriers.carriersOf(1)).containsExactly(0, 2);
        assertThat(carriers.carrierCount(2)).isEqualTo(1);
        assertThat(carriers.carries(2, 1)).isTrue();
        assertThat(carriers.carries(2, 0)).isFalse();
        StatementCarriers outOfOrder = new StatementCarriers(2);
        outOfOrder.add(1, 0);
        assertThatThrownBy(() -> outOfOrder.add(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] ints(String spaced) {
        return java.util.Arrays.stream(spaced.split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}
