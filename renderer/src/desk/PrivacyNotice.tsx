import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The short notice read to (or shown to) the visitor before their details are kept. */
export function PrivacyNoticeText() {
  const { t } = useTranslation();
  return (
    <div className="privacy-notice">
      <ul>
        <li>{t('privacy.collected')}</li>
        <li>{t('privacy.why')}</li>
        <li>{t('privacy.kept')}</li>
        <li>{t('privacy.secured')}</li>
        <li>{t('privacy.rights')}</li>
      </ul>
    </div>
  );
}

interface Props {
  /** From Form.Item (valuePropName="checked"). */
  id?: string;
  checked?: boolean;
  onChange?: (e: { target: { checked: boolean } }) => void;
}

/**
 * The acknowledgement checkbox with the notice one click away. The link sits
 * outside the checkbox's label so opening the notice does not tick the box.
 */
export function PrivacyAck({ id, checked, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <span className="privacy-ack">
      <Checkbox id={id} data-testid="field-privacy" checked={checked} onChange={onChange}>
        {t('privacy.ack')}
      </Checkbox>
      <Popover
        title={
          <span>
            <SafetyCertificateOutlined /> {t('privacy.title')}
          </span>
        }
        content={<PrivacyNoticeText />}
        trigger="click"
        placement="topLeft"
        open={open}
        onOpenChange={setOpen}
      >
        <Button
          type="link"
          size="small"
          className="privacy-ack__link"
          aria-expanded={open}
          onKeyDown={(e) => {
            // Esc closes the notice; it must not also reach the form and clear it.
            if (e.key === 'Escape' && open) {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          {t('privacy.link')}
        </Button>
      </Popover>
    </span>
  );
}
