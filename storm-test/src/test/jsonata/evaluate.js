'use strict';
// Evaluates Step Functions JSONata templates as Step Functions does, for the tests of storm-test.
// One request a line on stdin, one answer a line on stdout, in order:
//   {"template": <JSON>, "input": "<state input as JSON text>", "variables": {"table_name": "t"}, "result": <JSON>}
//   -> {"result": <JSON>, "evaluated": <number of expressions>}
//   -> {"error": "States.QueryEvaluationError", "cause": "<why>"}
// Only a string that is wholly {% ... %} is an expression. $states.input is the state input, parsed as
// Step Functions parses it (JSON numbers become doubles); every other variable is bound by name. An expression
// whose value is undefined fails the state, as does one that raises an error.
const readline = require('readline');
const jsonata = require('jsonata');

const EXPRESSION = /^\{%([\s\S]*)%\}$/;

class StateFailure extends Error {}

async function evaluate(node, bindings, counter) {
  if (typeof node === 'string') {
    const match = EXPRESSION.exec(node);
    if (!match) {
      return node;
    }
    let value;
    try {
      value = await jsonata(match[1]).evaluate(null, bindings);
    } catch (e) {
      throw new StateFailure((e.code ? e.code + ': ' : '') + e.message + ' in ' + node);
    }
    if (value === undefined) {
      throw new StateFailure('The JSONata expression ' + node + ' returned nothing (undefined)');
    }
    counter.evaluated++;
    return value;
  }
  if (Array.isArray(node)) {
    const out = [];
    for (const element of node) {
      out.push(await evaluate(element, bindings, counter));
    }
    return out;
  }
  if (node !== null && typeof node === 'object') {
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = await evaluate(value, bindings, counter);
    }
    return out;
  }
  return node;
}

async function answer(line) {
  const request = JSON.parse(line);
  const bindings = Object.assign({}, request.variables || {});
  bindings.states = {
    input: JSON.parse(request.input),
    context: { State: { EnteredTime: new Date().toISOString(), Name: 'Test' } },
  };
  if (request.result !== undefined && request.result !== null) {
    bindings.states.result = request.result;
  }
  const counter = { evaluated: 0 };
  try {
    const result = await evaluate(request.template, bindings, counter);
    return JSON.stringify({ result: result, evaluated: counter.evaluated });
  } catch (e) {
    if (e instanceof StateFailure) {
      return JSON.stringify({ error: 'States.QueryEvaluationError', cause: e.message });
    }
    return JSON.stringify({ error: 'EvaluatorError', cause: String(e && e.stack || e) });
  }
}

let queue = Promise.resolve();
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(() => answer(line)).then((text) => process.stdout.write(text + '\n'));
});
