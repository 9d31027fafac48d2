import { parseValidateArgs, type ValidateOptions } from '../../src/cli/validate-args';

const defaults: ValidateOptions = {
  inputs: [],
  format: 'text',
  profile: 'auto',
  minSeverity: 'info',
  locale: 'zh-CN',
  help: false,
};

describe('parseValidateArgs', () => {
  const valid: [string[], Partial<ValidateOptions>][] = [
    [['a.xlsx'], { inputs: ['a.xlsx'] }],
    [['a.xlsx', 'forms/'], { inputs: ['a.xlsx', 'forms/'] }],
    [['--format', 'json', 'a.xlsx'], { inputs: ['a.xlsx'], format: 'json' }],
    [['a.xlsx', '--format=sarif'], { inputs: ['a.xlsx'], format: 'sarif' }],
    [['--profile', 'sh-2019', 'a.xlsx'], { inputs: ['a.xlsx'], profile: 'sh-2019' }],
    [['--min-severity', 'warning', 'a.xlsx'], { inputs: ['a.xlsx'], minSeverity: 'warning' }],
    [['--lang', 'en', 'a.xlsx'], { inputs: ['a.xlsx'], locale: 'en' }],
    [['--satisfaction-floor', '85', 'a.xlsx'], { inputs: ['a.xlsx'], satisfactionFloor: 85 }],
    [['--satisfaction-floor=92.5', 'a.xlsx'], { inputs: ['a.xlsx'], satisfactionFloor: 92.5 }],
    [['--', '--odd-name.xlsx'], { inputs: ['--odd-name.xlsx'] }],
    [['--help'], { help: true }],
    [['-h', 'a.xlsx'], { help: true, inputs: ['a.xlsx'] }],
  ];
  it.each(valid)('accepts %j', (args, expected) => {
    const r = parseValidateArgs(args);
    expect(r).toEqual({ ok: true, options: { ...defaults, ...expected } });
  });

  const invalid: [string[], RegExp][] = [
    [[], /give the \.xlsx files/],
    [['--format', 'xml', 'a.xlsx'], /--format must be text\|json\|sarif/],
    [['--profile', 'bj-2024', 'a.xlsx'], /--profile must be auto\|sh-2024\|sh-2019/],
    [['--min-severity', 'fatal', 'a.xlsx'], /--min-severity must be error\|warning\|info/],
    [['--lang', 'fr', 'a.xlsx'], /--lang must be zh-CN\|en/],
    [['--satisfaction-floor', '120', 'a.xlsx'], /percentage from 0 to 100/],
    [['--satisfaction-floor', 'high', 'a.xlsx'], /percentage from 0 to 100/],
    [['a.xlsx', '--format'], /--format needs a value/],
    [['--fix', 'a.xlsx'], /unknown option: --fix/],
    [['--colour=always', 'a.xlsx'], /unknown option: --colour/],
  ];
  it.each(invalid)('refuses %j', (args, message) => {
    const r = parseValidateArgs(args);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).toMatch(message);
      expect(r.error.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
