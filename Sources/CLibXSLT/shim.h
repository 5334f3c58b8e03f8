#ifndef UNIPASS_CLIBXSLT_SHIM_H
#define UNIPASS_CLIBXSLT_SHIM_H
// libxml2 on Debian is built with ICU, and its encoding.h then includes the system ICU headers,
// which clash with the ICU copy inside Foundation. No Swift code touches the ICU members of
// libxml2's encoding structs (they sit at the end of xmlCharEncodingHandler), so ICU is hidden.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#include <libxslt/variables.h>
#include <libxslt/documents.h>
#include <libxslt/extensions.h>
#include <libexslt/exslt.h>
/// Asks a running transformation to stop at its next instruction (the time guard calls this
/// from another thread; libxslt only reads the flag).
static inline void unipass_xslt_request_stop(xsltTransformContextPtr ctxt) {
    *(volatile xsltTransformState *)&ctxt->state = XSLT_STATE_STOPPED;
}

/// libxslt's process-wide recursion ceiling (a C global Swift 6 cannot touch directly).
static inline void unipass_xslt_set_max_depth(int depth) {
    xsltMaxDepth = depth;
}
#endif
