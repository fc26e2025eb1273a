package kz.etalon.report.html;

/** The report's style sheet, inlined: system fonts only, A4 pages in print, each city card on its own page. */
final class Style {

    private Style() {
    }

    static final String CSS = """
            :root { --ink: #1a202c; --dim: #4a5568; --rule: #e2e8f0; --blue: #2b6cb0; --up: #2f855a; --down: #c53030; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto;
                   max-width: 60rem; padding: 1.5rem 2rem 3rem; line-height: 1.45; font-size: 15px; }
            header { border-bottom: 3px solid var(--blue); margin-bottom: 1rem; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--blue); font-weight: 600; margin: 0; }
            h1 { font-size: 1.7rem; margin: .2rem 0 .4rem; }
            h2 { font-size: 1.35rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2.2rem; }
            h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
            h4 { font-size: .95rem; margin: .2rem 0; }
            .meta { color: var(--dim); margin: .2rem 0; }
            .howto { background: #ebf4ff; border-left: 4px solid var(--blue); padding: .6rem .8rem; }
            nav ol { margin: .2rem 0; }
            nav ul.cities { list-style: none; padding: 0; margin: .2rem 0 .2rem; display: flex; flex-wrap: wrap; gap: .1rem 1rem;
                            font-size: .9rem; }
            .area-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2rem; }
            .area-chart h3 { font-size: .95rem; margin: 1rem 0 .1rem; }
            nav h2 { margin-top: 1rem; }
            a { color: var(--blue); text-decoration: none; }
            figure { margin: .6rem 0; }
            figure svg { width: 100%; height: auto; display: block; }
            figcaption { color: var(--dim); font-size: .85rem; margin-top: .2rem; }
            .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            table { border-collapse: collapse; margin: .6rem 0; font-size: .85rem; }
            th, td { padding: .2rem .45rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
            th { text-align: left; background: #f7fafc; font-weight: 600; }
            table.numbers td { text-align: right; white-space: nowrap; }
            table.numbers td.name { text-align: left; white-space: normal; }
            table.groups { width: 100%; }
            .dim { color: var(--dim); font-weight: normal; font-size: .85em; }
            .note, .legend { color: var(--dim); font-size: .85rem; }
            .scroll { overflow-x: auto; }
            table.heatmap td { text-align: center; min-width: 2.4rem; font-variant-numeric: tabular-nums; }
            table.heatmap thead th { vertical-align: bottom; height: 10rem; white-space: nowrap; padding: 0 .2rem; }
            table.heatmap thead th span { writing-mode: vertical-rl; transform: rotate(180deg); font-size: .8rem; }
            table.heatmap tr.mean th, table.heatmap tr.mean td { border-top: 2px solid var(--ink); font-weight: 600; }
            td.none { color: var(--dim); }
            .swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: middle; margin: 0 .25rem 0 .6rem;
                      border: 1px solid #cbd5e0; }
            .up { color: var(--up); font-weight: 600; }
            .down { color: var(--down); font-weight: 600; }
            .same { color: var(--dim); }
            .impact { border-left: 3px solid var(--rule); padding-left: .7rem; margin: .6rem 0; }
            .impact p { margin: .2rem 0; }
            .impact ul { margin: .2rem 0; }
            .card { border-top: 3px solid var(--blue); margin-top: 2rem; padding-top: .2rem; }
            .card h3 { font-size: 1.3rem; margin-top: .4rem; }
            .rank { color: var(--dim); font-weight: normal; font-size: .9rem; }
            .totals { font-size: 1.05rem; margin: .2rem 0; }
            .card-grid { display: grid; grid-template-columns: minmax(0, 45fr) minmax(0, 55fr); gap: 1rem; align-items: start; }
            .strong-weak { display: grid; grid-template-columns: 1fr 1fr; gap: .6rem; font-size: .9rem; }
            .strong-weak ol { padding-left: 1.2rem; margin: .2rem 0; }
            .dots { color: var(--blue); letter-spacing: .05em; }
            .dots .off { color: #cbd5e0; }
            tr.total td { border-top: 2px solid var(--ink); }
            details { margin: .6rem 0; }
            summary { cursor: pointer; color: var(--blue); font-weight: 600; }
            table.explain { width: 100%; }
            table.explain td:nth-child(3), table.explain td:nth-child(4) { text-align: right; white-space: nowrap; }
            table.explain tr.area th { background: #edf2f7; }
            table.explain tr.sum td { font-style: italic; }
            table.explain tr.group td { background: #ebf4ff; font-weight: 600; }
            table.explain .id { color: var(--dim); font-size: .85em; }
            .missing { color: var(--down); }
            footer { margin-top: 3rem; color: var(--dim); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
            @media (max-width: 48rem) { .card-grid, .area-grid { grid-template-columns: 1fr; } }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              nav, details:not([open]) { display: none; }
              a { color: inherit; }
              h2 { break-after: avoid; }
              figure, table, .area-chart, .impact { break-inside: avoid; }
              section#per-area .area-chart { break-inside: avoid; }
              .card { break-before: page; border-top: none; }
              .scroll { overflow: visible; }
            }
            """;
}
