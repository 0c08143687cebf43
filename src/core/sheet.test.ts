import { expect } from '@open-wc/testing';
import type { Problem } from './problems.js';
import { MAX_ROW_PROBLEMS, headerKey, parseSheet, readSheetRecords, readSourceAnswer, sheetDelimiterOf, sniffDelimiter } from './sheet.js';

describe('core/sheet', () => {
  describe('parseSheet: RFC 4180', () => {
    it('reads plain fields, CRLF and LF line ends, and no final line end', () => {
      expect(parseSheet('a,b,c\r\n1,2,3\r\n')).to.deep.equal([['a', 'b', 'c'], ['1', '2', '3']]);
      expect(parseSheet('a,b\n1,2')).to.deep.equal([['a', 'b'], ['1', '2']]);
    });

    it('reads quoted fields holding commas, doubled quotes and line breaks (CRLF kept inside)', () => {
      const text = 'Headline,Text\r\n"Trade, 2024","He said ""a golden bridge""."\r\n"Two\r\nlines",x\r\n';
      expect(parseSheet(text)).to.deep.equal([
        ['Headline', 'Text'],
        ['Trade, 2024', 'He said "a golden bridge".'],
        ['Two\r\nlines', 'x'],
      ]);
    });

    it('drops a byte-order mark, so the first header is matched', () => {
      const rows = parseSheet('\ufeffYear,Headline\n1992,Relations\n');
      expect(rows[0][0]).to.equal('Year');
      expect(headerKey(rows[0][0])).to.equal('year');
    });

    it('keeps empty fields and blank lines, so that row numbers are the spreadsheet\'s', () => {
      expect(parseSheet('a,,c\n\n,,\nd,e,f\n')).to.deep.equal([['a', '', 'c'], [''], ['', '', ''], ['d', 'e', 'f']]);
    });

    it('reads TSV as spreadsheets copy it: tabs, and quotes around cells holding tabs, quotes or line breaks', () => {
      const text = 'Headline\tText\n"Cell with\ttab"\t"Two\nlines"\nSaid "so"\t"""Quoted"" start"\n';
      expect(parseSheet(text, '\t')).to.deep.equal([
        ['Headline', 'Text'],
        ['Cell with\ttab', 'Two\nlines'],
        ['Said "so"', '"Quoted" start'],
      ]);
    });

    it('sniffs the delimiter from the header line when none is given', () => {
      expect(sniffDelimiter('Year\tHeadline\tText\n1992\t"a, b"\tc')).to.equal('\t');
      expect(sniffDelimiter('Year,Headline,Text\n1992\t2\t3\t4\t5')).to.equal(',');
      expect(parseSheet('Year\tHeadline, in full\n1992\tRelations, established\n')).to.deep.equal([
        ['Year', 'Headline, in full'],
        ['1992', 'Relations, established'],
      ]);
    });
  });

  it('tells a sheet by content type first, then by the URL\'s ending', () => {
    expect(sheetDelimiterOf('/data', 'text/csv; charset=utf-8')).to.equal(',');
    expect(sheetDelimiterOf('/data.json', 'text/tab-separated-values')).to.equal('\t');
    expect(sheetDelimiterOf('/events.TSV?v=2#top', 'text/plain')).to.equal('\t');
    expect(sheetDelimiterOf('https://example.org/pub.csv', '')).to.equal(',');
    expect(sheetDelimiterOf('/events.json', 'application/json')).to.equal(undefined);
    expect(sheetDelimiterOf('/events.csv.json', '')).to.equal(undefined);
  });

  it('reads an answer as a sheet (problems named by src) or as JSON, and says when it is neither', () => {
    const problems: Problem[] = [];
    const sheet = readSourceAnswer('a\n1', '/x.csv', '', problems, (text, found, delimiter) => {
      found.push({ field: 'row 2, a', message: 'is wrong' });
      return `${delimiter}${text}`;
    });
    expect(sheet).to.deep.equal({ sheet: true, data: ',a\n1' });
    expect(problems).to.deep.equal([{ field: 'src row 2, a', message: 'is wrong' }]);
    expect(readSourceAnswer('[1]', '/x', 'application/json', [], () => 0)).to.deep.equal({ sheet: false, data: [1] });
    expect(() => readSourceAnswer('<html>', '/x', 'text/html', [], () => 0)).to.throw(/not JSON, nor a CSV or TSV/);
  });

  describe('readSheetRecords', () => {
    const COLUMNS = { year: 'year', headline: 'headline', tag: 'group', group: 'group' } as const;

    it('matches headers without case, spaces or punctuation; reports unknown and repeated columns once', () => {
      const problems: Problem[] = [];
      const sheet = readSheetRecords(parseSheet(' HEAD-line ,Notes,year,Tag,Group\nRelations,x,1992,diplomacy,other\n'), COLUMNS, problems)!;
      expect(sheet.records).to.deep.equal([{ row: 2, cells: { headline: 'Relations', year: '1992', group: 'diplomacy' } }]);
      expect(sheet.headers).to.deep.equal({ headline: 'HEAD-line', year: 'year', group: 'Tag' });
      expect(problems).to.deep.equal([{ field: 'header', message: 'has columns that are not read (unknown or repeated): Notes, Group' }]);
    });

    it('reports ragged rows by spreadsheet row number, in row order, and skips blank rows', () => {
      const problems: Problem[] = [];
      const sheet = readSheetRecords(parseSheet('year,headline\n1992\n\n,\n2024,b,extra\n2025,c,\n'), COLUMNS, problems)!;
      expect(sheet.records.map(record => record.row)).to.deep.equal([2, 5, 6]);
      sheet.rowProblems.finish();
      expect(problems.map(problem => problem.field)).to.deep.equal(['row 2', 'row 5']);
      expect(problems[0].message).to.contain('has 1 cells where the header has 2');
    });

    it('reads nothing, with one problem, when no header is known', () => {
      const problems: Problem[] = [];
      expect(readSheetRecords(parseSheet('a,b\n1,2'), COLUMNS, problems)).to.equal(undefined);
      expect(problems.map(problem => problem.field)).to.deep.equal(['header']);
    });

    it(`lists the first ${MAX_ROW_PROBLEMS} row problems, then counts the rest in one`, () => {
      const problems: Problem[] = [];
      const rows = parseSheet(`year,headline\n${'x\n'.repeat(MAX_ROW_PROBLEMS + 5)}`);
      readSheetRecords(rows, COLUMNS, problems)!.rowProblems.finish();
      expect(problems).to.have.length(MAX_ROW_PROBLEMS + 1);
      expect(problems.at(-1)).to.deep.equal({ field: 'rows', message: 'have 5 more problems, not listed one by one' });
    });
  });
});
