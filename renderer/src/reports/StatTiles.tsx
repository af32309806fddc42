import { Card, Statistic } from 'antd';

export interface StatTile {
  key: string;
  title: string;
  value: string;
  /** What the figure is made of ("12 measured", "3 of 40"), or ''. */
  note: string;
}

/** The range's headline figures, one small card each. */
export function StatTiles({ tiles, testId }: { tiles: StatTile[]; testId: string }) {
  return (
    <div className="report-stats" data-testid={testId}>
      {tiles.map((tile) => (
        <Card key={tile.key} size="small" className="report-stat" data-testid={`${testId}-${tile.key}`}>
          <Statistic title={tile.title} value={tile.value} />
          {tile.note && <div className="report-stat-note">{tile.note}</div>}
        </Card>
      ))}
    </div>
  );
}
