import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useI18n } from '../i18n';
import type { Outcome } from '../services/outcome';
import type { PickedFile } from '../services/read-workbook-files';
import { FileDrop } from './FileDrop';
import { FilePickButton } from './FilePickButton';
import { OutcomeBar } from './OutcomeBar';
import { PanelSection } from './PanelSection';

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

/**
 * "Đối chiếu": are these files exactly the batch a consolidation locked? In file mode the
 * consolidated .xlsx is picked first; inside Excel it is the open workbook. Then the files.
 */
export function VerifySection({
  excel,
  busy,
  outcome,
  onVerifyFile,
  onVerifyWorkbook,
}: {
  excel: boolean;
  busy: boolean;
  outcome: Outcome | undefined;
  onVerifyFile: (workbook: PickedFile, files: PickedFile[]) => void;
  onVerifyWorkbook: (files: PickedFile[]) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [workbook, setWorkbook] = useState<PickedFile | undefined>(undefined);
  const ready = excel || workbook !== undefined;
  return (
    <PanelSection
      title={t.consolidate.verifyHeading}
      intro={excel ? t.consolidate.verifyIntroExcel : t.consolidate.verifyIntro}
    >
      <div className={styles.actions}>
        {!excel && (
          <>
            <FilePickButton
              accept=".xlsx"
              icon={<DocumentSearchRegular />}
              disabled={busy}
              onFile={setWorkbook}
            >
              {t.consolidate.verifyPickWorkbook}
            </FilePickButton>
            <Caption1>
              {workbook ? t.consolidate.verifyChosen(workbook.name) : t.consolidate.verifyNoWorkbook}
            </Caption1>
          </>
        )}
        <FileDrop
          label={t.consolidate.verifyFilesLabel}
          hint={`${t.consolidate.verifyDropZone} ${t.consolidate.dropOr}`}
          buttonText={busy ? t.common.working : t.consolidate.verifyFilesLabel}
          multiple
          disabled={busy || !ready}
          onFiles={(files) => {
            if (excel) onVerifyWorkbook(files);
            else if (workbook) onVerifyFile(workbook, files);
          }}
        />
      </div>
      <OutcomeBar outcome={outcome} />
    </PanelSection>
  );
}
