// Validates HAR files against the HAR 1.2 schema, and checks what the schema
// cannot: each entry's time is the sum of its timings (ssl counted within
// connect). Prints one line per file; exits 1 when any is not valid.
'use strict';
const fs = require('fs');
const validate = require('har-validator');

async function check(file) {
    const har = JSON.parse(fs.readFileSync(file, 'utf8'));
    await validate.har(har);
    for (const [i, entry] of har.log.entries.entries()) {
        const t = entry.timings;
        const sum = [t.blocked, t.dns, t.connect, t.send, t.wait, t.receive]
            .filter((v) => v !== undefined && v >= 0)
            .reduce((a, b) => a + b, 0);
        if (Math.abs(sum - entry.time) > 0.01)
            throw new Error(`entry ${i}: time ${entry.time} is not the sum of its timings (${sum})`);
    }
    return har.log.entries.length;
}

(async () => {
    let failed = false;
    for (const file of process.argv.slice(2)) {
        try {
            const entries = await check(file);
            console.log(`${file}: valid HAR 1.2, ${entries} entries`);
        } catch (error) {
            failed = true;
            const detail = error.errors ? JSON.stringify(error.errors) : error.message;
            console.log(`${file}: NOT valid: ${detail}`);
        }
    }
    process.exit(failed || process.argv.length < 3 ? 1 : 0);
})();
