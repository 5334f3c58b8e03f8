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
#include <xmlsec/openssl/evp.h>
// Swift helpers for xmlsec macros are added below this line by the Trust module's owner.

/// Turns xmlsec's default error printing (to stderr) off; the Trust module reports errors itself.
static inline void unipass_xmlsec_silence(void) { xmlSecErrorsDefaultCallbackEnableOutput(0); }

/// `xmlSecKeyDataX509Id` (OpenSSL back end).
static inline xmlSecKeyDataId unipass_xmlsec_keydata_x509(void) { return xmlSecOpenSSLKeyDataX509GetKlass(); }

/// The transforms the gateway accepts, by name: c14n family, enveloped, digests, signatures.
static inline xmlSecTransformId unipass_xmlsec_transform_enveloped(void) { return xmlSecTransformEnvelopedGetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_excl_c14n(void) { return xmlSecTransformExclC14NGetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_excl_c14n_comments(void) { return xmlSecTransformExclC14NWithCommentsGetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_c14n(void) { return xmlSecTransformInclC14NGetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_c14n_comments(void) { return xmlSecTransformInclC14NWithCommentsGetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_c14n11(void) { return xmlSecTransformInclC14N11GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_c14n11_comments(void) { return xmlSecTransformInclC14N11WithCommentsGetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_sha1(void) { return xmlSecOpenSSLTransformSha1GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_sha256(void) { return xmlSecOpenSSLTransformSha256GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_sha384(void) { return xmlSecOpenSSLTransformSha384GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_sha512(void) { return xmlSecOpenSSLTransformSha512GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_rsa_sha1(void) { return xmlSecOpenSSLTransformRsaSha1GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_rsa_sha256(void) { return xmlSecOpenSSLTransformRsaSha256GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_rsa_sha384(void) { return xmlSecOpenSSLTransformRsaSha384GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_rsa_sha512(void) { return xmlSecOpenSSLTransformRsaSha512GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_ecdsa_sha1(void) { return xmlSecOpenSSLTransformEcdsaSha1GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_ecdsa_sha256(void) { return xmlSecOpenSSLTransformEcdsaSha256GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_ecdsa_sha384(void) { return xmlSecOpenSSLTransformEcdsaSha384GetKlass(); }
static inline xmlSecTransformId unipass_xmlsec_transform_ecdsa_sha512(void) { return xmlSecOpenSSLTransformEcdsaSha512GetKlass(); }

/// The status of the first `<ds:Reference>` of SignedInfo after verification (Unknown when absent).
static inline xmlSecDSigStatus unipass_xmlsec_first_reference_status(xmlSecDSigCtxPtr ctx) {
    if (xmlSecPtrListGetSize(&ctx->signedInfoReferences) < 1) return xmlSecDSigStatusUnknown;
    xmlSecDSigReferenceCtxPtr ref = (xmlSecDSigReferenceCtxPtr)xmlSecPtrListGetItem(&ctx->signedInfoReferences, 0);
    return ref == NULL ? xmlSecDSigStatusUnknown : ref->status;
}

/// The bytes the first reference digested (needs XMLSEC_DSIG_FLAGS_STORE_SIGNEDINFO_REFERENCES).
static inline xmlSecBufferPtr unipass_xmlsec_first_reference_data(xmlSecDSigCtxPtr ctx) {
    if (xmlSecPtrListGetSize(&ctx->signedInfoReferences) < 1) return NULL;
    xmlSecDSigReferenceCtxPtr ref = (xmlSecDSigReferenceCtxPtr)xmlSecPtrListGetItem(&ctx->signedInfoReferences, 0);
    return ref == NULL ? NULL : xmlSecDSigReferenceCtxGetPreDigestBuffer(ref);
}

/// Restricts the key data xmlsec may read from `<ds:KeyInfo>` to X.509 certificates.
static inline int unipass_xmlsec_enable_only_x509(xmlSecDSigCtxPtr ctx) {
    return xmlSecPtrListAdd(&ctx->keyInfoReadCtx.enabledKeyData, (const xmlSecPtr)xmlSecOpenSSLKeyDataX509GetKlass());
}
#endif
