#ifndef UNIPASS_CXMLSEC_SHIM_H
#define UNIPASS_CXMLSEC_SHIM_H
// SwiftPM drops the -D flags pkg-config reports, so the ones xmlsec1-openssl needs are set here,
// matching `pkg-config --cflags xmlsec1-openssl` on Debian 12 (xmlsec 1.2.37).
#ifndef XMLSEC_CRYPTO_OPENSSL
#define XMLSEC_CRYPTO_OPENSSL 1
#endif
#ifndef XMLSEC_NO_SIZE_T
#define XMLSEC_NO_SIZE_T
#endif
#ifndef XMLSEC_NO_GOST
#define XMLSEC_NO_GOST 1
#endif
#ifndef XMLSEC_NO_GOST2012
#define XMLSEC_NO_GOST2012 1
#endif
#ifndef XMLSEC_NO_CRYPTO_DYNAMIC_LOADING
#define XMLSEC_NO_CRYPTO_DYNAMIC_LOADING 1
#endif
#ifndef XMLSEC_OPENSSL3_ENGINES
#define XMLSEC_OPENSSL3_ENGINES 1
#endif
#ifndef __XMLSEC_FUNCTION__
#define __XMLSEC_FUNCTION__ __func__
#endif
// libxml2 on Debian is built with ICU, and its encoding.h then includes the system ICU headers,
// which clash with the ICU copy inside Foundation. No Swift code touches the ICU members of
// libxml2's encoding structs (they sit at the end of xmlCharEncodingHandler), so ICU is hidden.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/templates.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/keysdata.h>
#include <xmlsec/transforms.h>
#include <xmlsec/openssl/app.h>
#include <xmlsec/openssl/crypto.h>
#include <xmlsec/openssl/x509.h>
// Swift helpers for xmlsec macros are added below this line by the Trust module's owner.
#endif
