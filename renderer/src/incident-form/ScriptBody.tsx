import { scriptParts } from './scriptSlots';

/** A script's text with its slots marked as blanks to fill in. */
export function ScriptBody({ text }: { text: string }) {
  return (
    <p className="script-card__body">
      {scriptParts(text).map((part, i) =>
        part.slot ? (
          <mark key={i} className="script-slot">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
