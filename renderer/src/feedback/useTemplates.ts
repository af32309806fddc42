import { useCallback, useEffect, useState } from 'react';
import type { FeedbackTemplate } from '../../../contract/feedback';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** The questionnaires (switched-off ones too when asked), reloadable after an edit. */
export function useTemplates(includeInactive = false) {
  const [templates, setTemplates] = useState<FeedbackTemplate[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const load = useCallback(async () => {
    setLoading(true);
    const result = await api.feedback.templates({ includeInactive });
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setTemplates(result.value);
  }, [includeInactive]);
  useEffect(() => void load(), [load]);
  return { templates, error, loading, reload: load };
}
