import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, makeHost, removeRoot, tempRoot, value } from './host-fixture';

describe('drives.browse: main’s own folder browser (the web host has no OS dialog)', () => {
  let root: string;
  beforeEach(() => {
    root = tempRoot();
  });
  afterEach(() => removeRoot(root));

  it('lists subfolders (not files, not hidden ones) with the parent, and refuses relative or missing paths by code', async () => {
    const host = await makeHost(path.join(root, 'data'));
    const stick = path.join(root, 'stick');
    for (const dir of ['GoiDuLieu', 'Bao cao', '.hidden'])
      mkdirSync(path.join(stick, dir), { recursive: true });
    writeFileSync(path.join(stick, 'binhan_1_to_2_data_000001.zip'), 'x');

    const listed = await value(host.api.drives.browse({ path: stick }));
    expect(listed).toEqual({
      path: stick,
      parent: root,
      folders: [
        { name: 'Bao cao', path: path.join(stick, 'Bao cao') },
        { name: 'GoiDuLieu', path: path.join(stick, 'GoiDuLieu') },
      ],
      truncated: false,
    });
    expect((await value(host.api.drives.browse({ path: null }))).path).not.toBe('');
    expect((await value(host.api.drives.browse({ path: path.parse(root).root }))).parent).toBeNull();
    expect(await failure(host.api.drives.browse({ path: 'relative/dir' }))).toMatchObject({
      code: 'invalidInput',
      reason: 'absolutePathNeeded',
    });
    expect(await failure(host.api.drives.browse({ path: path.join(root, 'gone') }))).toMatchObject({
      code: 'notFound',
      reason: 'folderUnreadable',
    });
  });
});
