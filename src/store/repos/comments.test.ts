import { describe, expect, it } from 'vitest';
import { buildProject, buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import { insertComment, listComments } from './comments.js';

describe.each(TEST_DIALECTS)('comments on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('lists the comments on one target oldest first, with their authors', async () => {
    const project = await buildProject(db());
    const author = await buildUser(db(), { name: 'Fatou' });
    const on = (targetId: string, body: string) =>
      insertComment(db(), {
        projectId: project.id,
        targetType: 'finding',
        targetId,
        authorId: author.id,
        body,
      });
    const first = await on('TIP.3.a', 'first');
    await on('TIP.5.1', 'elsewhere');
    const bodies = ['second', 'third', 'fourth', 'fifth'];
    for (const body of bodies) await on('TIP.3.a', body);
    expect(first).toMatchObject({
      projectId: project.id,
      targetType: 'finding',
      targetId: 'TIP.3.a',
      author: { id: author.id, name: 'Fatou' },
      body: 'first',
    });
    const listed = await listComments(db(), {
      projectId: project.id,
      targetType: 'finding',
      targetId: 'TIP.3.a',
    });
    expect(listed[0]).toEqual(first);
    expect(listed.map((comment) => comment.body)).toEqual(['first', ...bodies]);
  });

  it('refuses a comment by an unknown author', async () => {
    const project = await buildProject(db());
    await expect(
      insertComment(db(), {
        projectId: project.id,
        targetType: 'finding',
        targetId: 'TIP.3.a',
        authorId: 'nobody',
        body: 'x',
      }),
    ).rejects.toThrow();
  });
});
