import { twoLines } from './twoLines';
import './fitText.css';

interface Props {
  text: string;
  className?: string;
  /** Two lines allowed (a name, a company, a heading), or one (a caption). */
  lines?: 1 | 2;
  testId?: string;
}

/**
 * Text that must be printed whole in a fixed box. It carries both of its
 * forms, one line and two balanced lines, and `fitText` shows the one that
 * fits at the larger size (CSS keeps the other out of the page and out of the
 * accessibility tree).
 */
export function FitText({ text, className, lines = 2, testId }: Props) {
  const broken = lines === 2 ? twoLines(text) : null;
  return (
    <span className={className ? `fit ${className}` : 'fit'} data-fit="" data-testid={testId}>
      <span className="fit__one">{text}</span>
      {broken && (
        <span className="fit__two">
          <span className="fit__line">{broken[0]}</span>
          <span className="fit__line">{broken[1]}</span>
        </span>
      )}
    </span>
  );
}
