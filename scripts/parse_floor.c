/*
 * libxml2's floor for baogao's cleanup stage: how fast can libxml2 alone go over the same pages?
 * Measures two designs on UTF-8 pages (one file name per line on stdin):
 *   dom: htmlReadMemory + a walk over every node reading text + xmlFreeDoc (baogao's first design)
 *   sax push: htmlCreatePushParserCtxt with element/text callbacks that only count (no tree)
 *   sax: htmlParseDocument on a memory context whose SAX handler only counts (the parser of dom,
 *        no tree; baogao's design now, set up as SAXTreeBuilder does)
 * Every design is told the bytes are UTF-8 and records it on the input, as baogao does, so a
 * <meta charset=gb2312> left in a converted page cannot switch the decoder mid-page. (Without that,
 * libxml2 re-decoded such pages as GBK and gave up at the first bad sequence: the SAX figures were
 * 250 MB/s instead of about 145, because 41% of the benchmark's pages were barely read.)
 * Each design prints the text bytes and elements it saw, which must agree.
 * Build and run (make bench does this):
 *   cc -O2 scripts/parse_floor.c $(pkg-config --cflags --libs libxml-2.0) -o /tmp/parse_floor
 *   find DIR -name '*.html' | /tmp/parse_floor
 */
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static size_t text_bytes, elements;

/* Records UTF-8 on the parser's input, as SAXTreeBuilder does: a <meta charset> cannot switch it. */
static void pin_utf8(htmlParserCtxtPtr ctxt) {
    if (ctxt->input->encoding) xmlFree((xmlChar *)ctxt->input->encoding);
    ctxt->input->encoding = xmlStrdup((const xmlChar *)"UTF-8");
}

static void report(const char *design, double seconds, size_t total) {
    printf("  %-34s %6.1f MB/s  %.3f s  text %zu bytes, %zu elements\n", design, total / 1e6 / seconds, seconds,
           text_bytes, elements);
    text_bytes = 0;
    elements = 0;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **attrs) { (void)ctx; (void)name; (void)attrs; elements++; }
static void on_end(void *ctx, const xmlChar *name) { (void)ctx; (void)name; }
static void on_text(void *ctx, const xmlChar *text, int len) { (void)ctx; (void)text; text_bytes += (size_t)len; }
static void quiet(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

static void walk(xmlNodePtr node) {
    while (node) {
        if (node->type == XML_ELEMENT_NODE) elements++;
        if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) text_bytes += strlen((const char *)node->content);
        if (node->children) walk(node->children);
        node = node->next;
    }
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void) {
    char path[4096];
    size_t count = 0, capacity = 1024, total = 0;
    char **pages = malloc(capacity * sizeof *pages);
    size_t *sizes = malloc(capacity * sizeof *sizes);
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) continue;
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        if (count == capacity) {
            capacity *= 2;
            pages = realloc(pages, capacity * sizeof *pages);
            sizes = realloc(sizes, capacity * sizeof *sizes);
        }
        pages[count] = malloc((size_t)size);
        sizes[count] = fread(pages[count], 1, (size_t)size, file);
        total += sizes[count++];
        fclose(file);
    }
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, quiet);
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT
                  | HTML_PARSE_NOIMPLIED;
    printf("libxml2 floor on %zu pages, %.1f MB (one core):\n", count, total / 1e6);

    double start = now();
    for (size_t i = 0; i < count; i++) {
        htmlDocPtr doc = htmlReadMemory(pages[i], (int)sizes[i], NULL, "UTF-8", options);
        if (doc) { walk(xmlDocGetRootElement(doc)); xmlFreeDoc(doc); }
    }
    report("dom parse+walk+free", now() - start, total);

    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.error = quiet;
    sax.warning = quiet;
    start = now();
    for (size_t i = 0; i < count; i++) {
        htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
        htmlCtxtUseOptions(ctxt, options);
        pin_utf8(ctxt);
        htmlParseChunk(ctxt, pages[i], (int)sizes[i], 1);
        if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
        htmlFreeParserCtxt(ctxt);
    }
    report("sax push", now() - start, total);

    /* The same parser as htmlReadMemory, with our handlers in place of the tree builder. */
    start = now();
    for (size_t i = 0; i < count; i++) {
        htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(pages[i], (int)sizes[i]);
        memcpy(ctxt->sax, &sax, sizeof sax);
        ctxt->userData = NULL;
        htmlCtxtUseOptions(ctxt, options);
        xmlSwitchToEncoding(ctxt, xmlFindCharEncodingHandler("UTF-8"));
        pin_utf8(ctxt);
        htmlParseDocument(ctxt);
        if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
        htmlFreeParserCtxt(ctxt);
    }
    report("sax (htmlParseDocument)", now() - start, total);
    return 0;
}
