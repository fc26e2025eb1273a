package kz.etalon.analysis;

/**
 * Two tiny standards, A (2030) and B (2031), that differ in one thing of every kind, with the line of
 * each difference known: the tests below count lines in these texts. They are built with
 * {@link kz.etalon.engine.TestStandards}.
 */
final class TinyPair {

    static final String A = """
            schema: etalon/v1
            id: pair-a
            year: 2030
            title: {en: A}
            rules: [common]
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 0}
              missing: zero
              bands:
                - {min: 0, max: 49, points: 1}
                - {min: 50, max: 100, points: 2}
              factors: {K1: 1, K2: 2}
              max_score: 6
            ranking:
              tie_break: [index]
            groups:
              - {id: main, factor: K2, name: {en: Main}, areas: [x, y]}
              - {id: side, factor: K1, name: {en: Side}, areas: [z]}
            areas:
              - id: x
                name: {en: X}
                indicators:
                  - {id: x.1, method: yes_no, name: {en: Portal}}
                  - {id: x.2, method: share, name: {en: Services online}}
                  - {id: x.3, method: target, target: 50, name: {en: Cameras}}
                  - {id: x.old, method: share, name: {en: Fax machines}}
              - id: y
                name: {en: Y}
                indicators:
                  - {id: y.1, method: yes_no, name: {en: Open data}}
                  - {id: y.2, method: target, target: 10, better: lower, name: {en: Wait, minutes}}
              - id: z
                name: {en: Z}
                indicators:
                  - {id: z.1, method: share, name: {en: Parks with Wi-Fi}}
            """;

    static final String B = """
            schema: etalon/v1
            id: pair-b
            year: 2031
            title: {en: B}
            rules: [common]
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 1}
              missing: exclude
              bands:
                - {min: 0, max: 39.9, points: 1}
                - {min: 40, max: 100, points: 2}
              factors: {K1: 1, K2: 3}
              max_score: 8
            ranking:
              tie_break: [main, index]
            groups:
              - {id: main, factor: K2, name: {en: Main}, areas: [x]}
              - {id: side, factor: K1, name: {en: Side}, areas: [y, z]}
            areas:
              - id: x
                name: {en: X}
                indicators:
                  - {id: x.1, method: share, name: {en: Portal}}
                  - {id: x.2, method: share, name: {en: Share of services online}}
                  - {id: x.3, method: target, target: 100, name: {en: Cameras}}
                  - {id: y.2, method: target, target: 10, better: lower, name: {en: Wait, minutes}}
              - id: y
                name: {en: Y}
                indicators:
                  - {id: y.1, method: yes_no, name: {en: Open data}}
                  - {id: y.new, method: yes_no, name: {en: Digital twin}}
              - id: z
                name: {en: Z}
                indicators:
                  - {id: z.1, method: share, name: {en: Parks with Wi-Fi}}
            """;

    private TinyPair() {
    }

    static int lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }
}
