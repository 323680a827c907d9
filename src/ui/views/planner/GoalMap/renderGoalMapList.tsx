import type { GoalMapList } from './GoalMap.types';
import type { GoalMapClasses } from './useGoalMapStyles.styles';

/** The goal map in words: every goal with its tags, benefits per level and signs of progress. */
export function renderGoalMapList(list: GoalMapList, classes: GoalMapClasses, options: { id?: string; className?: string }) {
  return (
    <div id={options.id} className={options.className ?? classes.list} aria-label={list.label} role="group">
      <h3 className={classes.listHeading}>{list.dreamLabel}</h3>
      <p className={classes.listDream}>{list.dream}</p>
      <ol className={classes.listGoals}>
        {list.goals.map((goal) => (
          <li key={goal.id}>
            <h3 className={classes.listHeading}>{goal.title}</h3>
            {goal.tags.length > 0 && <p className={classes.listTags}>{goal.tags.join(' · ')}</p>}
            <h4 className={classes.listSubheading}>{list.benefitsHeading}</h4>
            {goal.benefits.length ? (
              <ul className={classes.listLines}>
                {goal.benefits.flatMap((group) =>
                  group.lines.map((line, i) => (
                    <li key={`${group.level}-${i}`}>
                      {group.label}: {line}
                    </li>
                  )),
                )}
              </ul>
            ) : (
              <p className={classes.listEmpty}>{list.noBenefits}</p>
            )}
            <h4 className={classes.listSubheading}>{list.signsHeading}</h4>
            {goal.signs.length ? (
              <ul className={classes.listLines}>
                {goal.signs.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className={classes.listEmpty}>{list.noSigns}</p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
