import { StarFilled, StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RATING_MAX } from '../../../contract/feedback';

interface Props {
  value: number | null;
  onChange: (rating: number) => void;
  /** Names the group for screen readers (the question's text). */
  label: string;
  testId: string;
  large?: boolean;
}

/** 1–5 stars as real buttons (tab, Enter, Space), the chosen count filled; `large` for the kiosk's touch screen. */
export function StarRating({ value, onChange, label, testId, large = false }: Props) {
  const { t } = useTranslation();
  return (
    <div role="radiogroup" aria-label={label} className={`fb-stars${large ? ' fb-stars--large' : ''}`} data-testid={testId}>
      {Array.from({ length: RATING_MAX }, (_, i) => i + 1).map((n) => {
        const on = value !== null && n <= value;
        return (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={value === n}
            aria-label={t('feedback.stars', { count: n })}
            className={`fb-star${on ? ' fb-star--on' : ''}`}
            onClick={() => onChange(n)}
            data-testid={`${testId}-${n}`}
          >
            {on ? <StarFilled /> : <StarOutlined />}
          </button>
        );
      })}
    </div>
  );
}
