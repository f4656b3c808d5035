import { Button, Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  CheckmarkCircleRegular,
  ClipboardTaskListLtrRegular,
} from '@fluentui/react-icons';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { formatDate } from '../../core/text';
import { useCheck } from '../hooks/use-check';
import { usePane } from '../hooks/use-pane';
import { useI18n } from '../i18n';
import { CheckSummary } from './CheckSummary';
import { FileDrop } from './FileDrop';
import { FindingList } from './FindingList';
import { MilestoneList } from './MilestoneList';
import { OutcomeBar } from './OutcomeBar';
import { PanelSection } from './PanelSection';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

/** "Kiểm tra": one unit's report against the targets and deadlines, finding by finding. */
export function CheckPanel() {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const { port, plan, settings } = usePane();
  const check = useCheck();
  const excel = port.excel !== undefined;
  const view = check.view;
  const checked = check.sheets.length > 0;

  return (
    <div className={styles.panel}>
      <Caption1 className={styles.intro}>
        {excel ? t.check.intro : t.check.introFile} {t.common.asOfLine(formatDate(settings.asOf, lang))}
      </Caption1>

      <div className={styles.actions}>
        {excel ? (
          <>
            <Button
              appearance={checked ? 'secondary' : 'primary'}
              icon={checked ? <ArrowClockwiseRegular /> : <ClipboardTaskListLtrRegular />}
              disabled={check.busy}
              onClick={() => void (checked ? check.recheck() : check.checkWorkbook())}
            >
              {check.busy ? t.common.working : checked ? t.check.recheck : t.check.checkSheet}
            </Button>
          </>
        ) : (
          <>
            <FileDrop
              label={t.check.introFile}
              hint={t.check.dropZone}
              buttonText={t.common.chooseFile}
              disabled={check.busy}
              onFiles={(f) => f[0] && void check.checkFile(f[0])}
            />
            {check.file && (
              <>
                <Caption1>{t.check.file(check.file.name)}</Caption1>
                <Button
                  icon={<ArrowClockwiseRegular />}
                  disabled={check.busy}
                  onClick={() => void check.recheck()}
                >
                  {check.busy ? t.common.working : t.check.recheck}
                </Button>
              </>
            )}
          </>
        )}
        {check.sheets.length > 1 && (
          <Field label={t.check.sheet}>
            <Dropdown
              inlinePopup
              value={check.selected ?? ''}
              selectedOptions={check.selected ? [check.selected] : []}
              onOptionSelect={(_, d) => d.optionValue && check.select(d.optionValue)}
            >
              {check.sheets.map((s) => (
                <Option key={s} value={s}>
                  {s}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </div>

      <OutcomeBar outcome={check.outcome} />

      {view && (
        <>
          <PanelSection title={t.check.summaryHeading}>
            {view.report ? <CheckSummary view={view} /> : <Caption1>{t.check.notReport}</Caption1>}
          </PanelSection>
          {view.report && (
            <PanelSection title={t.check.milestonesHeading}>
              <MilestoneList rows={view.milestones} plan={plan} />
            </PanelSection>
          )}
          <PanelSection title={t.check.findingsHeading}>
            {view.findings.length + check.fileNotes.length === 0 ? (
              <MessageBar intent="success" icon={<CheckmarkCircleRegular />}>
                <MessageBarBody>{t.check.noFindings}</MessageBarBody>
              </MessageBar>
            ) : (
              <FindingList
                findings={[...view.findings, ...check.fileNotes]}
                {...(excel ? { onSelect: (f) => void check.selectFinding(f) } : {})}
              />
            )}
          </PanelSection>
        </>
      )}
    </div>
  );
}
