import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowUploadRegular,
  DocumentTableRegular,
  SaveRegular,
  TableAddRegular,
} from '@fluentui/react-icons';
import { shortCriterion } from '../../core/summary/target-columns';
import { formatNumber } from '../../core/text';
import type { Text } from '../../core/types';
import { useLanguage } from '../hooks/use-language';
import { usePane } from '../hooks/use-pane';
import { useSettingsEditor } from '../hooks/use-settings-editor';
import { useI18n } from '../i18n';
import { markAssumed } from '../../core/messages/messages';
import { numericTargetItems, planDue } from '../services/settings-draft';
import { FilePickButton } from './FilePickButton';
import { LanguageSwitch } from './LanguageSwitch';
import { OrgPeriodsTable } from './OrgPeriodsTable';
import { OutcomeBar } from './OutcomeBar';
import { OverrideTable, type OverrideRow } from './OverrideTable';
import { UnitListEditor } from './UnitListEditor';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  // Save stays in reach at the top of the pane however far down the panel is scrolled.
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  unsaved: { flexBasis: '100%', color: tokens.colorPaletteDarkOrangeForeground1 },
  header: { fontWeight: tokens.fontWeightSemibold },
});

/** "Cài đặt": dates, thresholds, deadlines, names, the list of units, language, backup. */
export function SettingsPanel() {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const { port, plan } = usePane();
  const { changeLang } = useLanguage();
  const ed = useSettingsEditor();
  const d = ed.draft;
  const excel = port.excel !== undefined;
  const err = (key: string) => {
    const e: Text | undefined = ed.errors[key];
    return e ? { validationState: 'error' as const, validationMessage: e[lang] } : {};
  };
  const pct = (n: number) => formatNumber(n, lang, { maxDecimals: 2 });

  const thresholdRows: OverrideRow[] = numericTargetItems(plan).map((item) => {
    return {
      key: item.id,
      label: item.label[lang],
      plan: markAssumed(shortCriterion(item)[lang], item.assumed !== undefined, lang),
      value: d.thresholds[item.id] ?? '',
      ...(ed.errors[`threshold:${item.id}`] ? { error: ed.errors[`threshold:${item.id}`] } : {}),
    };
  });
  const blocRows: OverrideRow[] = plan.blocTargets.map((bt) => {
    const item = plan.items.find((i) => i.id === bt.itemId);
    return {
      key: bt.itemId,
      label: item?.label[lang] ?? bt.itemId,
      plan: markAssumed(`${pct(bt.minPercent)}%`, bt.assumed !== undefined, lang),
      value: d.blocTargets[bt.itemId] ?? '',
      ...(ed.errors[`bloc:${bt.itemId}`] ? { error: ed.errors[`bloc:${bt.itemId}`] } : {}),
    };
  });
  const deadlineRows: OverrideRow[] = plan.milestones.map((m) => ({
    key: m.id,
    label: m.label[lang],
    plan: markAssumed(
      planDue(m, lang) + (m.schedule.kind === 'yearly' ? ` (${t.settings.yearly})` : ''),
      m.assumed !== undefined,
      lang,
    ),
    value: d.deadlines[m.id] ?? '',
    ...(ed.errors[`deadline:${m.id}`] ? { error: ed.errors[`deadline:${m.id}`] } : {}),
  }));

  return (
    <div className={styles.panel}>
      <Caption1 className={styles.intro}>{t.settings.intro}</Caption1>
      <div className={styles.bar}>
        {ed.dirty && <Caption1 className={styles.unsaved}>{t.settings.unsaved}</Caption1>}
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={ed.busy === 'save'}
          onClick={() => void ed.save()}
        >
          {t.settings.save}
        </Button>
        <Button disabled={!ed.dirty} onClick={ed.discard}>
          {t.settings.discard}
        </Button>
      </div>
      <OutcomeBar outcome={ed.outcome} />
      <Accordion multiple collapsible defaultOpenItems={['general']}>
        <AccordionItem value="general">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.general}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <Field label={t.settings.asOf} hint={t.settings.asOfHint} {...err('asOf')}>
              <Input
                value={d.asOf}
                placeholder={t.settings.datePlaceholder}
                onChange={(_, v) => ed.edit((x) => ({ ...x, asOf: v.value }))}
              />
            </Field>
            <Field label={t.settings.dueSoon} {...err('dueSoonDays')}>
              <Input
                inputMode="numeric"
                value={d.dueSoonDays}
                onChange={(_, v) => ed.edit((x) => ({ ...x, dueSoonDays: v.value }))}
              />
            </Field>
            <Field
              label={t.settings.reportDeadline}
              hint={t.settings.reportDeadlineHint}
              {...err('reportDeadline')}
            >
              <Input
                value={d.reportDeadline}
                placeholder={t.settings.dayMonthPlaceholder}
                onChange={(_, v) => ed.edit((x) => ({ ...x, reportDeadline: v.value }))}
              />
            </Field>
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="thresholds">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.thresholds}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <Caption1>{t.settings.thresholdsIntro}</Caption1>
            <OverrideTable
              caption={t.settings.thresholds}
              rows={thresholdRows}
              onChange={(key, value) =>
                ed.edit((x) => ({ ...x, thresholds: { ...x.thresholds, [key]: value } }))
              }
            />
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="bloc">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.blocTargets}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <Caption1>{t.settings.thresholdsIntro}</Caption1>
            <OverrideTable
              caption={t.settings.blocTargets}
              rows={blocRows}
              onChange={(key, value) =>
                ed.edit((x) => ({ ...x, blocTargets: { ...x.blocTargets, [key]: value } }))
              }
            />
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="deadlines">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.deadlines}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <Caption1>{t.settings.deadlinesIntro}</Caption1>
            <OverrideTable
              caption={t.settings.deadlines}
              rows={deadlineRows}
              onChange={(key, value) =>
                ed.edit((x) => ({ ...x, deadlines: { ...x.deadlines, [key]: value } }))
              }
            />
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="org">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.org}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <OrgPeriodsTable
              periods={d.org}
              errors={ed.errors}
              onChange={(org) => ed.edit((x) => ({ ...x, org }))}
            />
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="units">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.units(d.units.length)}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <UnitListEditor units={d.units} onPut={ed.putUnit} onRemove={ed.removeUnit} />
            <Caption1>{t.settings.unitsHint}</Caption1>
            <div className={styles.actions}>
              {excel ? (
                <>
                  <Button
                    icon={<TableAddRegular />}
                    disabled={ed.busy !== null}
                    onClick={() => void ed.exportUnits()}
                  >
                    {t.settings.exportUnitsSheet}
                  </Button>
                  <Button
                    icon={<DocumentTableRegular />}
                    disabled={ed.busy !== null}
                    onClick={() => void ed.importUnitsFromWorkbook()}
                  >
                    {t.settings.importUnitsSheet}
                  </Button>
                </>
              ) : (
                <>
                  <Button
                    icon={<ArrowDownloadRegular />}
                    disabled={ed.busy !== null}
                    onClick={() => void ed.exportUnits()}
                  >
                    {t.settings.exportUnitsFile}
                  </Button>
                  <FilePickButton
                    accept=".xlsx"
                    icon={<ArrowUploadRegular />}
                    disabled={ed.busy !== null}
                    onFile={(f) => void ed.importUnitsFromFile(f)}
                  >
                    {t.settings.importUnitsFile}
                  </FilePickButton>
                </>
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="language">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.language}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <LanguageSwitch variant="radio" lang={lang} onChange={changeLang} />
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="backup">
          <AccordionHeader as="h3" className={styles.header}>
            {t.settings.backup}
          </AccordionHeader>
          <AccordionPanel className={styles.fields}>
            <Caption1>{t.settings.backupHint}</Caption1>
            <div className={styles.actions}>
              <Button icon={<ArrowDownloadRegular />} onClick={ed.exportSettings}>
                {t.settings.exportJson}
              </Button>
              <FilePickButton
                accept=".json,application/json"
                icon={<ArrowUploadRegular />}
                onFile={(f) => void ed.importSettings(f)}
              >
                {t.settings.importJson}
              </FilePickButton>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
