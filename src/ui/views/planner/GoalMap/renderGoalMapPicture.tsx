import type { CSSProperties, Ref } from 'react';
import type { GoalMapPicture, LegendEntry, PictureNode } from './GoalMap.types';
import type { GoalMapClasses } from './useGoalMapStyles.styles';

function shapeClass(kind: PictureNode['kind'], level: PictureNode['level'], classes: GoalMapClasses): string {
  if (kind === 'benefit') return classes[level ?? 'personal'];
  return classes[kind];
}

function textClass(kind: PictureNode['kind'], classes: GoalMapClasses): string {
  if (kind === 'dream') return classes.dreamText;
  if (kind === 'goal') return classes.goalText;
  return classes.leafText;
}

function legendSwatch(entry: LegendEntry, classes: GoalMapClasses, r: number) {
  return <circle className={shapeClass(entry.kind, entry.level, classes)} cx={entry.x + r} cy={entry.y} r={r} />;
}

/**
 * The goal map as one image: the dream in the middle, goals around it, benefits and signs around
 * each goal, and a legend. Every label is a text node (user text stays inert); each circle has
 * its full label as a tooltip. Screen readers get the picture's name and the list beside it.
 */
export function renderGoalMapPicture(
  picture: GoalMapPicture,
  classes: GoalMapClasses,
  options: { ref: Ref<SVGSVGElement>; className: string; style?: CSSProperties },
) {
  return (
    <svg
      ref={options.ref}
      role="img"
      aria-label={picture.label}
      className={options.className}
      style={options.style}
      width={picture.width}
      height={picture.height}
      viewBox={`0 0 ${picture.width} ${picture.height}`}
      focusable="false"
    >
      <rect className={classes.background} x={0} y={0} width={picture.width} height={picture.height} />
      {picture.edges.map((e) => (
        <line key={e.key} className={classes.edge} x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} />
      ))}
      {picture.nodes.map((node) => (
        <g key={node.id}>
          <title>{node.title}</title>
          <circle className={shapeClass(node.kind, node.level, classes)} cx={node.cx} cy={node.cy} r={node.r} />
          <text className={textClass(node.kind, classes)} textAnchor="middle" dominantBaseline="central">
            {node.lines.map((line, i) => (
              <tspan key={i} x={node.cx} y={node.cy + (i - (node.lines.length - 1) / 2) * node.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {picture.legend.map((entry) => (
        <g key={entry.key}>
          {legendSwatch(entry, classes, 8)}
          <text className={classes.legendText} x={entry.x + 24} y={entry.y} dominantBaseline="central">
            {entry.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
