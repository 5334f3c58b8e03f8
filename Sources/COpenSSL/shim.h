#ifndef UNIPASS_COPENSSL_SHIM_H
#define UNIPASS_COPENSSL_SHIM_H
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/x509_vfy.h>
// Function-like macros (sk_X509_new_null, ...) are wrapped as static inline functions below.
static inline STACK_OF(X509) *unipass_sk_X509_new_null(void) { return sk_X509_new_null(); }
static inline int unipass_sk_X509_push(STACK_OF(X509) *sk, X509 *x) { return sk_X509_push(sk, x); }
static inline int unipass_sk_X509_num(const STACK_OF(X509) *sk) { return sk_X509_num(sk); }
static inline X509 *unipass_sk_X509_value(const STACK_OF(X509) *sk, int i) { return sk_X509_value(sk, i); }
/// Frees the stack only (the certificates are not owned by it).
static inline void unipass_sk_X509_free(STACK_OF(X509) *sk) { sk_X509_free(sk); }
/// Frees the stack and every certificate in it.
static inline void unipass_sk_X509_pop_free(STACK_OF(X509) *sk) { sk_X509_pop_free(sk, X509_free); }

static inline int unipass_sk_X509_INFO_num(const STACK_OF(X509_INFO) *sk) { return sk_X509_INFO_num(sk); }
static inline X509_INFO *unipass_sk_X509_INFO_value(const STACK_OF(X509_INFO) *sk, int i) { return sk_X509_INFO_value(sk, i); }
static inline void unipass_sk_X509_INFO_pop_free(STACK_OF(X509_INFO) *sk) { sk_X509_INFO_pop_free(sk, X509_INFO_free); }
static inline X509 *unipass_X509_INFO_x509(X509_INFO *info) { return info->x509; }
static inline X509_CRL *unipass_X509_INFO_crl(X509_INFO *info) { return info->crl; }

static inline int unipass_sk_CMS_SignerInfo_num(STACK_OF(CMS_SignerInfo) *sk) { return sk_CMS_SignerInfo_num(sk); }
static inline CMS_SignerInfo *unipass_sk_CMS_SignerInfo_value(STACK_OF(CMS_SignerInfo) *sk, int i) { return sk_CMS_SignerInfo_value(sk, i); }

/// The bytes of a memory BIO (borrowed; valid until the BIO changes or is freed).
static inline long unipass_BIO_get_mem_data(BIO *bio, char **data) { return BIO_get_mem_data(bio, data); }
/// `XN_FLAG_RFC2253` (a composite macro Swift cannot import).
static inline unsigned long unipass_XN_FLAG_RFC2253(void) { return XN_FLAG_RFC2253; }
/// PEM-encoded CMS (`-----BEGIN CMS-----`).
static inline CMS_ContentInfo *unipass_PEM_read_bio_CMS(BIO *bio) { return PEM_read_bio_CMS(bio, NULL, NULL, NULL); }
static inline void unipass_OPENSSL_free(void *p) { OPENSSL_free(p); }

/// The NID of an X509_ALGOR's algorithm (NID_undef when absent).
static inline int unipass_X509_ALGOR_nid(const X509_ALGOR *alg) {
    const ASN1_OBJECT *obj = NULL;
    if (alg == NULL) return NID_undef;
    X509_ALGOR_get0(&obj, NULL, NULL, alg);
    return obj == NULL ? NID_undef : OBJ_obj2nid(obj);
}

/// The digest NID of a CMS signer info.
static inline int unipass_CMS_SignerInfo_digest_nid(CMS_SignerInfo *si) {
    X509_ALGOR *dig = NULL;
    CMS_SignerInfo_get0_algs(si, NULL, NULL, &dig, NULL);
    return unipass_X509_ALGOR_nid(dig);
}
#endif
