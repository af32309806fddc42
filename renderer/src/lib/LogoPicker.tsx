import { Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, LOGO_TYPES } from '../../../contract/organisation';
import { issueText } from './errors';
import './logoPicker.css';

/** A logo as a form holds it: what to show, and the bytes to send when it was chosen here. */
export interface LogoValue {
  dataUrl: string;
  /** Only for a newly chosen file; main checks these bytes, not the file's name or type. */
  base64?: string;
  widthPx?: number;
  heightPx?: number;
  bytes?: number;
}

interface Props {
  value?: LogoValue | null;
  onChange?: (next: LogoValue | null) => void;
  disabled?: boolean;
  id?: string;
  testId: string;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/**
 * An optional PNG or JPEG logo: choose, preview, replace, remove. What it
 * checks here only saves a round trip; main checks the bytes themselves.
 */
export function LogoPicker({ value, onChange, disabled, id, testId }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return setProblem(issueText('logo.notImage'));
    if (file.size > LOGO_MAX_BYTES) return setProblem(issueText('logo.tooLarge'));
    const dataUrl = await readAsDataUrl(file);
    const size = await new Promise<{ w: number; h: number } | null>((resolve) => {
      const img = new Image();
      img.onload = () => resolve({ w: img.naturalWidth, h: img.naturalHeight });
      img.onerror = () => resolve(null);
      img.src = dataUrl;
    });
    if (!size) return setProblem(issueText('logo.notImage'));
    onChange?.({ dataUrl, base64: dataUrl.slice(dataUrl.indexOf(',') + 1), widthPx: size.w, heightPx: size.h, bytes: file.size });
  }

  return (
    <div className="logo-picker" data-testid={testId}>
      {value && (
        <figure className="logo-picker__preview">
          <img src={value.dataUrl} alt={t('organisation.logoPreview')} data-testid={`${testId}-preview`} />
          {value.widthPx !== undefined && value.heightPx !== undefined && value.bytes !== undefined && (
            <figcaption>
              <Typography.Text type="secondary">
                {t('organisation.logoSize', { width: value.widthPx, height: value.heightPx, kb: Math.max(1, Math.round(value.bytes / 1024)) })}
              </Typography.Text>
            </figcaption>
          )}
        </figure>
      )}
      <Space wrap>
        <input
          ref={input}
          id={id}
          type="file"
          accept={LOGO_TYPES.join(',')}
          className="logo-picker__input"
          aria-label={value ? t('organisation.replaceLogo') : t('organisation.chooseLogo')}
          data-testid={`${testId}-file`}
          disabled={disabled}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            // The same file chosen again (after a removal) must still count as a change.
            e.target.value = '';
          }}
        />
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          {value ? t('organisation.replaceLogo') : t('organisation.chooseLogo')}
        </Button>
        {value && (
          <Button disabled={disabled} danger onClick={() => onChange?.(null)} data-testid={`${testId}-remove`}>
            {t('organisation.removeLogo')}
          </Button>
        )}
      </Space>
      {problem && (
        <div className="logo-picker__problem" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
