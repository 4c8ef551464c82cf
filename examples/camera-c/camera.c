/*
 * A camera's start-up check: before enabling face recognition, the firmware checks the
 * device's deployment declaration with the national rule pack, and refuses to enable
 * recognition when the verdict is non-compliant.
 *
 * Usage: camera DECLARATION.json [REPORT_OUT.json]
 *   Environment: FRT_AS_OF=YYYY-MM-DD (optional), FRT_CACHE_DIR=DIR (optional, compiled rules),
 *   FRT_PACK=FILE (optional: a signed rule pack instead of the built-in packs) with
 *   FRT_TRUSTED_KEY=FILE (the public key the pack must be signed by).
 * Exit status: 0 recognition enabled, 1 recognition disabled (non-compliant), 2 the check
 * could not be made (recognition stays disabled).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frt.h"

/* Reads a whole file into memory; the caller frees it. */
static unsigned char *read_file(const char *path, size_t *len) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    size_t cap = 4096, used = 0;
    unsigned char *data = malloc(cap);
    size_t n;
    while (data && (n = fread(data + used, 1, cap - used, file)) > 0) {
        used += n;
        if (used == cap) {
            unsigned char *bigger = realloc(data, cap *= 2);
            if (!bigger) { free(data); data = NULL; }
            data = bigger;
        }
    }
    fclose(file);
    *len = used;
    return data;
}

/* Keeps the report for the device's audit log. */
static void save_report(const char *path, const frt_buffer *report) {
    FILE *file = fopen(path, "wb");
    if (!file || fwrite(report->data, 1, report->len, file) != report->len) {
        fprintf(stderr, "camera: cannot write the report to %s\n", path);
    }
    if (file) fclose(file);
}

/* The built-in packs, or the signed pack in FRT_PACK verified against FRT_TRUSTED_KEY. */
static frt_engine *load_rules(void) {
    const char *pack = getenv("FRT_PACK");
    if (!pack) return frt_engine_new_builtin(getenv("FRT_CACHE_DIR"));
    const char *key_path = getenv("FRT_TRUSTED_KEY");
    char *key = NULL;
    if (key_path) {
        size_t len = 0;
        unsigned char *text = read_file(key_path, &len);
        if (!text) {
            perror(key_path);
            return NULL;
        }
        key = malloc(len + 1);
        if (key) {
            memcpy(key, text, len);
            key[len] = '\0';
        }
        free(text);
        if (!key) return NULL;
    }
    frt_engine *engine = frt_engine_new_from_pack(pack, key, false, getenv("FRT_CACHE_DIR"));
    free(key);
    return engine;
}

static const char *verdict_name(frt_verdict verdict) {
    switch (verdict) {
    case FRT_VERDICT_COMPLIANT: return "compliant";
    case FRT_VERDICT_NEEDS_REVIEW: return "needs_review";
    case FRT_VERDICT_NON_COMPLIANT: return "non_compliant";
    default: return "unknown";
    }
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s DECLARATION.json [REPORT_OUT.json]\n", argv[0]);
        return 2;
    }
    size_t len = 0;
    unsigned char *declaration = read_file(argv[1], &len);
    if (!declaration) {
        perror(argv[1]);
        printf("recognition disabled: cannot read the declaration\n");
        return 2;
    }

    printf("frt %s: checking %s\n", frt_version(), argv[1]);
    frt_engine *engine = load_rules();
    if (!engine) {
        const char *why = frt_last_error();
        fprintf(stderr, "camera: %s\n", why ? why : "cannot read the trusted key");
        printf("recognition disabled: the rules could not be loaded\n");
        free(declaration);
        return 2;
    }

    frt_outcome outcome;
    frt_buffer report = {0};
    frt_status status = frt_check(engine, declaration, len, getenv("FRT_AS_OF"), &outcome, &report);
    free(declaration);
    if (status != FRT_STATUS_OK && status != FRT_STATUS_RULE_FAILED) {
        fprintf(stderr, "camera: %s\n", frt_last_error());
        printf("recognition disabled: the declaration could not be checked (status %d)\n", (int)status);
        frt_engine_free(engine);
        return 2;
    }
    if (argc == 3) save_report(argv[2], &report);
    frt_buffer_free(&report);
    frt_engine_free(engine);

    printf("verdict: %s (%u violation(s), %u need(s) review, %u rule error(s))\n",
           verdict_name(outcome.verdict), outcome.violations, outcome.needs_review, outcome.errors);
    if (outcome.verdict == FRT_VERDICT_NON_COMPLIANT) {
        printf("recognition disabled: the declaration is non-compliant (%u violation(s), %u rule error(s))\n",
               outcome.violations, outcome.errors);
        return 1;
    }
    if (outcome.verdict == FRT_VERDICT_NEEDS_REVIEW) {
        printf("recognition enabled: %u finding(s) need a reviewer's decision\n", outcome.needs_review);
    } else {
        printf("recognition enabled\n");
    }
    return 0;
}
