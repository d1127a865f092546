import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { hrefFor } from '../../src/core/href.js';

describe('hrefFor: a link to one item from a page address template', () => {
  it('puts the id where {id} is, encoded', () => {
    assert.equal(hrefFor('/get-involved/{id}', 'opp 1/2'), '/get-involved/opp%201%2F2');
    assert.equal(hrefFor('#people={id}', 'p-1'), '#people=p-1');
  });
  it('adds ?opportunity= to a plain address, the query the list opens an opportunity from', () => {
    assert.equal(hrefFor('/get-involved/', 'opp-carers'), '/get-involved/?opportunity=opp-carers');
    assert.equal(hrefFor('/get-involved/?topic=care', 'opp-carers'), '/get-involved/?topic=care&opportunity=opp-carers');
    assert.equal(hrefFor('/get-involved/?', 'opp-carers'), '/get-involved/?opportunity=opp-carers');
    assert.equal(hrefFor('https://anytown.example/get-involved#list', 'o'), 'https://anytown.example/get-involved?opportunity=o#list');
  });
});
