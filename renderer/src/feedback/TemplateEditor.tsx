import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, Modal, Select, Space, Switch, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input as ApiInput } from '../../../contract';
import { FEEDBACK_SCENARIOS, OPTION_TEXT, QUESTION_KINDS, questionInput, templateInput, type FeedbackTemplate, type QuestionKind } from '../../../contract/feedback';
import { lengthCount } from '../lib/fieldLimit';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText, issueText } from '../lib/errors';

type Draft = ApiInput<'feedback', 'saveTemplate'>;
type QuestionDraft = Draft['questions'][number];

const blankQuestion = (kind: QuestionKind = 'rating'): QuestionDraft => ({
  kind,
  text: { zh: '', en: '' },
  required: kind !== 'text',
  options: kind === 'choice' ? [{ zh: '', en: '' }, { zh: '', en: '' }] : [],
  multiple: false,
});

export function draftOfTemplate(x: FeedbackTemplate | null): Draft {
  if (!x) return { name: { zh: '', en: '' }, scenario: 'general', active: true, questions: [blankQuestion()] };
  return { id: x.id, name: x.name, scenario: x.scenario, active: x.active, questions: x.questions.map((q) => ({ ...q })) };
}

/** One questionnaire: names in both languages, scenario, questions (rating, choice, text) kept with their ids so old answers still point at them. */
export function TemplateEditor({ template, onClose, onSaved }: { template: FeedbackTemplate | null; onClose: () => void; onSaved: (x: FeedbackTemplate) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOfTemplate(template));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const setQuestion = (i: number, patch: Partial<QuestionDraft>) =>
    setDraft((d) => ({ ...d, questions: d.questions!.map((q, j) => (j === i ? { ...q, ...patch } : q)) }));
  const move = (i: number, by: number) =>
    setDraft((d) => {
      const qs = [...d.questions!];
      const [q] = qs.splice(i, 1);
      qs.splice(i + by, 0, q!);
      return { ...d, questions: qs };
    });

  async function save() {
    setBusy(true);
    const result = await api.feedback.saveTemplate(draft);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
  }

  const questions = draft.questions ?? [];
  return (
    <Modal
      open
      width={820}
      title={template ? t('feedback.templates.editorTitle') : t('feedback.templates.newTitle')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('feedback.templates.save')}
      cancelText={t('feedback.templates.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'fb-template-save' } as ButtonProps}
      destroyOnHidden
    >
      <Space wrap align="end" style={{ marginBottom: 12 }}>
        <label>
          <div className="fb-muted">{t('feedback.templates.nameZh')}</div>
          <Input value={draft.name.zh} {...lengthCount(templateInput.shape.name.shape.zh)} onChange={(e) => setDraft({ ...draft, name: { ...draft.name, zh: e.target.value } })} data-testid="fb-template-name-zh" />
        </label>
        <label>
          <div className="fb-muted">{t('feedback.templates.nameEn')}</div>
          <Input value={draft.name.en} {...lengthCount(templateInput.shape.name.shape.en)} onChange={(e) => setDraft({ ...draft, name: { ...draft.name, en: e.target.value } })} />
        </label>
        <label>
          <div className="fb-muted">{t('feedback.templates.scenario')}</div>
          <Select style={{ width: 140 }} value={draft.scenario} onChange={(scenario) => setDraft({ ...draft, scenario })} options={FEEDBACK_SCENARIOS.map((s) => ({ value: s, label: t(`feedback.scenario.${s}`) }))} />
        </label>
        <label>
          <Switch checked={draft.active} onChange={(active) => setDraft({ ...draft, active })} /> {t('feedback.templates.active')}
        </label>
      </Space>
      {questions.map((q, i) => (
        <div className="fb-question-editor" key={q.id ?? `new-${i}`} data-testid="fb-question-editor">
          <div className="fb-question-editor__head">
            <Space>
              <strong>{t('feedback.templates.question', { n: i + 1 })}</strong>
              <Select
                size="small"
                style={{ width: 100 }}
                value={q.kind}
                aria-label={t('feedback.templates.kind')}
                onChange={(kind: QuestionKind) => setQuestion(i, { kind, options: kind === 'choice' && (q.options ?? []).length < 2 ? blankQuestion('choice').options : q.options })}
                options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) }))}
              />
              <Checkbox checked={q.required} onChange={(e) => setQuestion(i, { required: e.target.checked })}>
                {t('feedback.templates.required')}
              </Checkbox>
              {q.kind === 'choice' && (
                <Checkbox checked={q.multiple} onChange={(e) => setQuestion(i, { multiple: e.target.checked })}>
                  {t('feedback.templates.multiple')}
                </Checkbox>
              )}
            </Space>
            <Space size={2}>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('feedback.templates.up')} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === questions.length - 1} onClick={() => move(i, 1)} aria-label={t('feedback.templates.down')} />
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                disabled={questions.length === 1}
                onClick={() => setDraft({ ...draft, questions: questions.filter((_, j) => j !== i) })}
                aria-label={t('feedback.templates.remove')}
              />
            </Space>
          </div>
          <Space.Compact block>
            <Input placeholder={t('feedback.templates.textZh')} value={q.text.zh} {...lengthCount(questionInput.shape.text.shape.zh)} onChange={(e) => setQuestion(i, { text: { ...q.text, zh: e.target.value } })} data-testid="fb-question-zh" />
            <Input placeholder={t('feedback.templates.textEn')} value={q.text.en} {...lengthCount(questionInput.shape.text.shape.en)} onChange={(e) => setQuestion(i, { text: { ...q.text, en: e.target.value } })} />
          </Space.Compact>
          {q.kind === 'choice' && (
            <div style={{ marginTop: 8, paddingLeft: 16 }}>
              {(q.options ?? []).map((o, k) => (
                <Space.Compact block key={k} style={{ marginBottom: 4 }}>
                  <Input placeholder={t('feedback.templates.optionZh')} value={o.zh} {...lengthCount(OPTION_TEXT.shape.zh)} onChange={(e) => setQuestion(i, { options: q.options!.map((x, m) => (m === k ? { ...x, zh: e.target.value } : x)) })} />
                  <Input placeholder={t('feedback.templates.optionEn')} value={o.en} {...lengthCount(OPTION_TEXT.shape.en)} onChange={(e) => setQuestion(i, { options: q.options!.map((x, m) => (m === k ? { ...x, en: e.target.value } : x)) })} />
                  <Button icon={<DeleteOutlined />} disabled={(q.options ?? []).length <= 2} onClick={() => setQuestion(i, { options: q.options!.filter((_, m) => m !== k) })} aria-label={t('feedback.templates.remove')} />
                </Space.Compact>
              ))}
              <Button size="small" icon={<PlusOutlined />} disabled={(q.options ?? []).length >= 10} onClick={() => setQuestion(i, { options: [...(q.options ?? []), { zh: '', en: '' }] })}>
                {t('feedback.templates.addOption')}
              </Button>
            </div>
          )}
        </div>
      ))}
      <Button icon={<PlusOutlined />} disabled={questions.length >= 30} onClick={() => setDraft({ ...draft, questions: [...questions, blankQuestion()] })} data-testid="fb-question-add">
        {t('feedback.templates.addQuestion')}
      </Button>
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={errorText(error)}
          description={error.issues?.map((x) => `${x.path}: ${issueText(x.message)}`).join('\n')}
        />
      )}
    </Modal>
  );
}
