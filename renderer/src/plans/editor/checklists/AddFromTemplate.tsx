import { AppstoreAddOutlined } from '@ant-design/icons';
import { App, Button, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_CHECKLIST_KINDS, pickText, type ChecklistTemplate, type PlanChecklists } from '../../../../../contract/checklists';
import { api } from '../../../api/client';
import { useDesk } from '../../../context/DeskContext';
import { errorText } from '../../../lib/errors';
import { modalFooter } from '../../../lib/modalFooter';

interface Props {
  planId: string;
  /** Templates already on the plan: shown, but marked. */
  onPlan: ReadonlySet<string>;
  onAdded: (next: PlanChecklists) => void;
}

/** Adds a template's list by hand: one the plan's level or type did not bring, or a second inspection round. */
export function AddFromTemplate({ planId, onPlan, onAdded }: Props) {
  const { t } = useTranslation();
  const { locale } = useDesk();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [templates, setTemplates] = useState<ChecklistTemplate[] | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function show() {
    setOpen(true);
    setPicked(null);
    const result = await api.checklists.templates({ includeInactive: false });
    // Inspection templates are filled in by an inspector (quality), never copied onto a plan.
    if (result.ok) setTemplates(result.value.filter((tpl) => (PLAN_CHECKLIST_KINDS as readonly string[]).includes(tpl.kind)));
    else message.error(errorText(result.error));
  }

  async function add() {
    if (!picked) return;
    setBusy(true);
    const result = await api.checklists.addFromTemplate({ planId, templateId: picked });
    setBusy(false);
    if (!result.ok) return void message.error(errorText(result.error));
    setOpen(false);
    onAdded(result.value);
    message.success(t('planChecklists.addList.added'));
  }

  return (
    <>
      <Button icon={<AppstoreAddOutlined />} onClick={() => void show()} data-testid="checklist-add-list">
        {t('planChecklists.addList.button')}
      </Button>
      <Modal
        open={open}
        title={t('planChecklists.addList.title')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={modalFooter({ onCancel: () => setOpen(false), cancelText: t('planChecklists.tick.cancel'), onOk: () => void add(), okText: t('planChecklists.addList.ok'), busy, okTestId: 'checklist-add-list-ok', okDisabled: !picked })}
      >
        <Select
          autoFocus
          className="full-width"
          loading={templates === null}
          value={picked}
          onChange={setPicked}
          placeholder={t('planChecklists.addList.placeholder')}
          showSearch={{ optionFilterProp: 'label' }}
          options={(templates ?? []).map((tpl) => ({
            value: tpl.id,
            label: `${pickText(tpl.name, locale)} · ${t(`planChecklists.kinds.${tpl.kind}`)}${onPlan.has(tpl.id) ? ` · ${t('planChecklists.addList.onPlan')}` : ''}`,
          }))}
          data-testid="checklist-template-select"
        />
      </Modal>
    </>
  );
}
