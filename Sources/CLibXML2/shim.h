#ifndef BAOGAO_CLIBXML2_SHIM_H
#define BAOGAO_CLIBXML2_SHIM_H

/*
 * Debian's libxml2 is built with ICU and its encoding.h includes <unicode/ucnv.h>.
 * Foundation carries its own ICU, and a clean build then fails with
 * "'UErrorCode' has different definitions in different modules". We never use
 * libxml2's ICU converters (we hand it UTF-8), so we pre-empt the header with its
 * include guard and declare the two types libxml2's structs mention.
 */
#include <stdint.h>
#ifndef UCNV_H
#define UCNV_H
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/// Frees memory that libxml2 allocated (xmlFree is a global function pointer Swift 6 rejects).
static inline void baogao_xml_free(void *pointer) { xmlFree(pointer); }

/// Counts errors silently: a structured error handler that never prints.
static inline void baogao_count_error(void *counter, xmlErrorPtr error) {
    (void)error;
    if (counter) { *(int *)counter += 1; }
}

/// Ignores a message of libxml2's generic (variadic) error channel.
static inline void baogao_ignore_generic_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}

/// Installs silent handlers for the calling thread: structured errors are counted, generic ones dropped.
static inline void baogao_silence_errors(int *counter) {
    xmlSetStructuredErrorFunc(counter, baogao_count_error);
    xmlSetGenericErrorFunc(NULL, baogao_ignore_generic_error);
}

#endif
