import { Button } from '@fluentui/react-components';
import { useRef, type ReactElement, type ReactNode } from 'react';

/** A button that opens the file dialog for one file (settings JSON, a unit list). */
export function FilePickButton({
  accept,
  icon,
  disabled,
  children,
  onFile,
}: {
  accept: string;
  icon?: ReactElement;
  disabled?: boolean;
  children: ReactNode;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
