import type { Article } from '../api.js';
import { ArticleView } from '../components/ArticleView.js';
import { useFetch } from '../hooks.js';

export function ArticlePage({ id }: { id: string }) {
  const { data, error, loading } = useFetch<Article>(`/api/articles/${encodeURIComponent(id)}`);
  if (error) return <p class="error">{error.message}</p>;
  if (loading && !data) return <p class="muted">Loading…</p>;
  return data ? <ArticleView article={data} /> : null;
}
