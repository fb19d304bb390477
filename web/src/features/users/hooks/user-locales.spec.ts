import { describe, expect, it } from 'vitest';
import { USER_LOCALES } from '../model/user-form';

describe('the languages a user may prefer', () => {
  it('are the six interface languages, English first', () => {
    expect([...USER_LOCALES]).toEqual(['en', 'da', 'nb', 'sv', 'fi', 'is']);
  });
});
