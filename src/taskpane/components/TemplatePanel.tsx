import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentAddRegular, TableAddRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { activeUnits } from '../../core/settings/units-active';
import { useTemplate } from '../hooks/use-template';
import { usePane } from '../hooks/use-pane';
import { useI18n } from '../i18n';
import { reportYears } from '../services/years';
import { ConflictPrompt } from './ConflictPrompt';
import { OutcomeBar } from './OutcomeBar';
import { PanelSection } from './PanelSection';
import { UnitPicker } from './UnitPicker';
import { YearPicker } from './YearPicker';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

/** "Mẫu báo cáo": a unit's report sheet and the bloc's input sheet, into the workbook or as files. */
export function TemplatePanel() {
  const styles = useStyles();
  const { t } = useI18n();
  const { port, plan, settings } = usePane();
  const tpl = useTemplate();
  const excel = port.excel !== undefined;
  const years = useMemo(() => reportYears(plan, settings.asOf), [plan, settings.asOf]);
  const units = useMemo(() => activeUnits(settings.units, tpl.year), [settings.units, tpl.year]);
  const noUnit = tpl.unit === undefined;
  const working = tpl.busy !== null;
  const conflict = tpl.conflict;

  return (
    <div className={styles.panel}>
      <Caption1 className={styles.intro}>{excel ? t.template.intro : t.template.introFile}</Caption1>
      <YearPicker label={t.common.year} years={years} value={tpl.year} onChange={tpl.setYear} />

      <PanelSection title={t.template.reportHeading}>
        <UnitPicker units={units} value={tpl.unitCode} onChange={tpl.setUnitCode} />
        <div className={styles.actions}>
          {excel && (
            <>
              <Button
                appearance="primary"
                icon={<DocumentAddRegular />}
                disabled={noUnit || working}
                onClick={() => void tpl.apply('report')}
              >
                {tpl.busy === 'apply-report' ? t.common.working : t.template.applyReport}
              </Button>
            </>
          )}
          <Button
            appearance={excel ? 'secondary' : 'primary'}
            icon={<ArrowDownloadRegular />}
            disabled={noUnit || working}
            onClick={() => void tpl.download('report')}
          >
            {tpl.busy === 'download-report' ? t.common.working : t.template.downloadReport}
          </Button>
          {noUnit && <Caption1>{t.template.chooseUnitFirst}</Caption1>}
        </div>
      </PanelSection>

      {conflict && (
        <ConflictPrompt
          sheet={conflict.sheet}
          onNewName={() => void tpl.apply(conflict.kind, 'new-name')}
          onReplace={() => void tpl.apply(conflict.kind, 'replace')}
          onCancel={tpl.cancelConflict}
        />
      )}
      <OutcomeBar outcome={tpl.outcome} />

      <PanelSection title={t.template.blocHeading} intro={t.template.blocIntro}>
        <div className={styles.actions}>
          {excel && (
            <>
              <Button icon={<TableAddRegular />} disabled={working} onClick={() => void tpl.apply('bloc')}>
                {tpl.busy === 'apply-bloc' ? t.common.working : t.template.applyBloc}
              </Button>
            </>
          )}
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={working}
            onClick={() => void tpl.download('bloc')}
          >
            {tpl.busy === 'download-bloc' ? t.common.working : t.template.downloadBloc}
          </Button>
        </div>
      </PanelSection>
    </div>
  );
}
