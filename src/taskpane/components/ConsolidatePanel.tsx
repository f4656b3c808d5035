import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  BracesRegular,
  DeleteRegular,
  DocumentTableRegular,
  TableAddRegular,
} from '@fluentui/react-icons';
import { formatDate } from '../../core/text';
import { useConsolidation } from '../hooks/use-consolidation';
import { usePane } from '../hooks/use-pane';
import { useI18n } from '../i18n';
import { ConflictPrompt } from './ConflictPrompt';
import { FileDrop } from './FileDrop';
import { NotReportedList } from './NotReportedList';
import { OutcomeBar } from './OutcomeBar';
import { PanelSection } from './PanelSection';
import { ProgressList } from './ProgressList';
import { ReminderCopy } from './ReminderCopy';
import { VerdictCounts, VerdictTable } from './VerdictTable';
import { VerifySection } from './VerifySection';
import { YearPicker } from './YearPicker';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

/** "Tổng hợp": many units' reports, a verdict for each, and the consolidation sheets. */
export function ConsolidatePanel() {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const { port, settings } = usePane();
  const con = useConsolidation();
  const excel = port.excel !== undefined;
  const c = con.consolidation;
  const working = con.reading || con.busy !== null;

  return (
    <div className={styles.panel}>
      <Caption1 className={styles.intro}>
        {t.consolidate.intro} {t.common.asOfLine(formatDate(settings.asOf, lang))}
      </Caption1>

      <div className={styles.actions}>
        {excel && (
          <>
            <Button
              icon={<DocumentTableRegular />}
              disabled={working}
              onClick={() => void con.readWorkbook()}
            >
              {con.busy === 'workbook' ? t.common.working : t.consolidate.fromWorkbook}
            </Button>
          </>
        )}
        <FileDrop
          label={t.consolidate.filesLabel}
          hint={`${t.consolidate.dropZone} ${t.consolidate.dropOr}`}
          buttonText={t.common.chooseFiles}
          multiple
          disabled={con.reading}
          onFiles={(files) => void con.addFiles(files)}
        />
      </div>

      <ProgressList files={con.files} reading={con.reading} onCancel={con.cancel} />
      <OutcomeBar outcome={con.outcome} />

      {c && (
        <>
          <YearPicker
            label={t.consolidate.yearLabel}
            years={con.years}
            value={con.year}
            onChange={con.setYear}
          />
          <Caption1>
            {t.consolidate.countsLine(c.counts.sources, c.counts.reported, c.counts.expected)}
          </Caption1>
          <VerdictCounts rows={c.sources} />

          <PanelSection title={t.consolidate.sourcesHeading} intro={t.consolidate.sortHint}>
            <VerdictTable rows={c.sources} />
          </PanelSection>

          <PanelSection title={t.consolidate.notReportedHeading(c.notReported.length)}>
            <NotReportedList units={c.notReported} />
          </PanelSection>

          <ReminderCopy consolidation={c} />

          <PanelSection
            title={t.consolidate.outputHeading}
            {...(excel ? { intro: t.consolidate.writeHint } : {})}
          >
            <div className={styles.actions}>
              {excel ? (
                <Button
                  appearance="primary"
                  icon={<TableAddRegular />}
                  disabled={working}
                  onClick={() => void con.writeSheets()}
                >
                  {con.busy === 'write' ? t.common.working : t.consolidate.write}
                </Button>
              ) : (
                <>
                  <Button
                    appearance="primary"
                    icon={<ArrowDownloadRegular />}
                    disabled={working}
                    onClick={() => void con.downloadWorkbook()}
                  >
                    {con.busy === 'xlsx' ? t.common.working : t.consolidate.downloadXlsx}
                  </Button>
                  <Button
                    icon={<BracesRegular />}
                    disabled={working}
                    onClick={() => void con.downloadResult()}
                  >
                    {t.consolidate.downloadJson}
                  </Button>
                </>
              )}
              <Button appearance="subtle" icon={<DeleteRegular />} disabled={working} onClick={con.clear}>
                {t.consolidate.clear}
              </Button>
            </div>
            {con.overwrite !== undefined && (
              <ConflictPrompt
                sheet={con.overwrite}
                onNewName={() => void con.writeSheets('new-name')}
                onReplace={() => void con.writeSheets('replace')}
                onCancel={con.cancelOverwrite}
                texts={{
                  title: t.consolidate.overwriteTitle,
                  message: t.consolidate.overwrite,
                  newName: t.consolidate.overwriteNewName,
                  replace: t.consolidate.overwriteReplace,
                }}
              />
            )}
            <OutcomeBar outcome={con.outputOutcome} />
          </PanelSection>
        </>
      )}

      <VerifySection
        excel={excel}
        busy={con.verifying}
        outcome={con.verifyOutcome}
        onVerifyFile={(workbook, files) => void con.verifyWithFile(workbook, files)}
        onVerifyWorkbook={(files) => void con.verifyWithWorkbook(files)}
      />
    </div>
  );
}
