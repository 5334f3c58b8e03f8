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
#endif
