import { ScanOutlined } from '@ant-design/icons';
import { Button, Input, Space, type InputRef } from 'antd';
import { useState, type Ref } from 'react';
import { visits } from '../../../contract/visits';
import { maxLengthOf } from '../lib/fieldLimit';
import { useTranslation } from 'react-i18next';

interface Props {
  inputRef?: Ref<InputRef>;
  onCheckOut: (badgeNo: string) => Promise<boolean>;
}

/**
 * The scan box: a USB scanner types the badge number and Enter into it; a
 * person can type the number printed under the QR code instead.
 */
export function ScanCheckOut({ inputRef, onCheckOut }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(raw: string) {
    const badgeNo = raw.trim();
    if (!badgeNo || busy) return;
    setBusy(true);
    try {
      // Clear either way: the next scan must not be appended to a failed one.
      setValue('');
      await onCheckOut(badgeNo);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="scan-card" aria-labelledby="scan-label">
      <label id="scan-label" htmlFor="scan-input" className="scan-card__label">
        <ScanOutlined aria-hidden /> {t('checkout.scanLabel')}
        <kbd>F4</kbd>
      </label>
      <Space.Compact block>
        <Input
          id="scan-input"
          ref={inputRef}
          data-testid="scan-input"
          size="large"
          className="scan-card__input"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onPressEnter={() => void submit(value)}
          placeholder={t('checkout.scanPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          // Hard cap: a scan looks up a badge and saves nothing; no badge number is longer than main takes (checkOutByBadge).
          maxLength={maxLengthOf(visits.checkOutByBadge.input.shape.badgeNo)}
        />
        <Button type="primary" size="large" loading={busy} onClick={() => void submit(value)}>
          {t('checkout.submit')}
        </Button>
      </Space.Compact>
    </section>
  );
}
