import { measureRows, type Measures } from '../../../lib/measures';
import { guidePath, url } from '../../../lib/routes';

interface Props {
  /** The measures worked out from every interview. */
  measures: Measures;
}

const BAR_HEIGHT = 22;
const ROW_HEIGHT = 44;
const LABEL_WIDTH = 130;
const BAR_WIDTH = 170;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 50;

/** Your results: the four measures as a table, and the three rates as a small bar chart. */
export default function InterviewsResults({ measures }: Props) {
  const rows = measureRows(measures);
  const bars = rows.filter((row) => row.key !== 'timeToResponse');
  const summary = `Bar chart of your rates: ${bars
    .map((row) => `${row.name.toLowerCase()} ${row.share === null ? 'not enough data' : row.value}`)
    .join(', ')}.`;

  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">Your results</h2>
      <p class="section-intro">
        The four numbers from{' '}
        <a href={url(guidePath('measuring-your-follow-up'))}>measuring your follow-up</a>, worked
        out from every interview you entered, archived ones included. Small numbers swing a lot:
        look for a pattern over several interviews.
      </p>
      <div class="results-layout">
        <div class="table-wrap" role="region" aria-labelledby="results-caption" tabIndex={0}>
          <table class="results-table">
            <caption class="visually-hidden" id="results-caption">
              Your follow-up results
            </caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.name}
                    <span class="measure-explanation">{row.explanation}</span>
                  </th>
                  <td>
                    <strong class="measure-value">{row.value}</strong>
                    <span class="measure-basis">{row.basis}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="results-figure">
          <h3 id="chart-heading">Your rates at a glance</h3>
          {bars.every((row) => row.share === null) ? (
            <p class="chart-empty">
              Nothing to chart yet. Tick a check-in as sent, then note here when they reply and how
              it turned out: each rate gets its bar once there is something to count.
            </p>
          ) : (
            <svg
              class="results-chart"
              role="img"
              aria-label={summary}
              viewBox={`0 0 ${WIDTH} ${bars.length * ROW_HEIGHT}`}
              width={WIDTH}
              height={bars.length * ROW_HEIGHT}
            >
              {bars.map((row, index) => {
                const y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
                const filled = row.share === null ? 0 : Math.max(row.share * BAR_WIDTH, 2);
                return (
                  <g key={row.key}>
                    <text class="chart-label" x={0} y={y + BAR_HEIGHT * 0.72}>
                      {row.name}
                    </text>
                    <rect
                      class="chart-track"
                      x={LABEL_WIDTH}
                      y={y}
                      width={BAR_WIDTH}
                      height={BAR_HEIGHT}
                      rx={3}
                    />
                    {row.share !== null && (
                      <rect
                        class="chart-bar"
                        x={LABEL_WIDTH}
                        y={y}
                        width={filled}
                        height={BAR_HEIGHT}
                        rx={3}
                      />
                    )}
                    <text
                      class="chart-value"
                      x={LABEL_WIDTH + BAR_WIDTH + 6}
                      y={y + BAR_HEIGHT * 0.72}
                    >
                      {row.share === null ? 'n/a' : row.value}
                    </text>
                  </g>
                );
              })}
            </svg>
          )}
        </div>
      </div>
    </section>
  );
}
