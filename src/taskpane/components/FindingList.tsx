import { Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../core/types';
import { useI18n } from '../i18n';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'block',
    boxSizing: 'border-box',
    width: '100%',
    margin: 0,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  cell: {
    display: 'inline-block',
    marginRight: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const ICONS = { error: ErrorCircleRegular, warning: WarningRegular, info: InfoRegular };

/**
 * Findings grouped by severity (errors first), each with its cell. With `onSelect` (Excel mode) a
 * finding that has a cell is a button that selects the cell in the workbook.
 */
export function FindingList({
  findings,
  onSelect,
}: {
  findings: readonly Finding[];
  onSelect?: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  return (
    <>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const Icon = ICONS[severity];
        return (
          <div key={severity} className={styles.group}>
            <Subtitle2 as="h4" className={mergeClasses(styles.heading, styles[severity])}>
              <Icon aria-hidden="true" /> {t.severity[severity]} ({group.length})
            </Subtitle2>
            <ul className={styles.list}>
              {group.map((f, i) => {
                const content = (
                  <>
                    {f.cell && <span className={styles.cell}>{t.check.cell(f.cell)}</span>}
                    {f.message[lang]}
                  </>
                );
                return (
                  <li key={`${f.code}-${f.cell ?? ''}-${i}`}>
                    {onSelect && f.cell ? (
                      <button
                        type="button"
                        className={mergeClasses(styles.item, styles.clickable)}
                        title={t.check.goToCell(f.cell)}
                        onClick={() => onSelect(f)}
                      >
                        {content}
                      </button>
                    ) : (
                      <p className={styles.item}>{content}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}
