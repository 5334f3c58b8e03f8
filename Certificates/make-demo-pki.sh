#!/usr/bin/env bash
# Creates a throw-away demo PKI for the UNI-PASS gateway (never use it in production).
#
#   Certificates/make-demo-pki.sh [OUTDIR] [--force]
#
# OUTDIR defaults to Certificates/demo (gitignored). Idempotent: when OUTDIR already holds a
# complete PKI (the file .complete), nothing is touched; --force deletes and recreates it.
# Layout (see Certificates/README.md):
#   gateway.key.pem gateway.cert.pem          the gateway's seal key and certificate
#   trust/root-ca.pem trust/partner-ca.pem    trust anchors (root) and the issuing CA
#   crl/root-ca.crl.pem crl/partner-ca.crl.pem CRLs of both CAs (partner CA's lists the revoked cert)
#   partners/<id>.pem                         partner certificates by partner id
#   keys/<id>.key.pem                         the partners' demo private keys (to sign test input)
#   test/                                     revoked, expired, not-yet-valid, no-digitalSignature,
#                                             and an untrusted (rogue) CA with a certificate
#   ca/                                       the CAs' keys and openssl ca databases
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/demo"
force=0
for arg in "$@"; do
    case "$arg" in
        --force) force=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) out="$arg" ;;
    esac
done

if [[ -f "$out/.complete" && $force -eq 0 ]]; then
    echo "demo PKI already present in $out (use --force to recreate)"
    exit 0
fi
rm -rf "$out"
mkdir -p "$out"/{trust,crl,partners,keys,test,ca}
out="$(cd "$out" && pwd)"   # absolute: the openssl ca configs below name files under it
umask 077
cd "$out"
export OPENSSL_CONF=/dev/null

rsa_key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }
ec_key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -pkeyopt ec_param_enc:named_curve -out "$1"; }

# One `openssl ca` configuration per CA, with a leaf profile (digitalSignature, nonRepudiation),
# a profile without digitalSignature (for the key-usage test) and a CA profile.
ca_config() { # name
    local d="ca/$1"
    mkdir -p "$d/new"
    : > "$d/index.txt"
    echo 1000 > "$d/serial"
    echo 1000 > "$d/crlnumber"
    cat > "$d/openssl.cnf" <<CNF
[ ca ]
default_ca = this_ca
[ this_ca ]
dir = $out/$d
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
crlnumber = \$dir/crlnumber
certificate = \$dir/cert.pem
private_key = \$dir/key.pem
default_md = sha256
default_days = 825
default_crl_days = 3650
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
countryName = optional
organizationName = optional
commonName = supplied
[ leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ encipherment_only ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ sub_ca ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ root_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
CNF
}

self_signed_ca() { # name subject
    ca_config "$1"
    rsa_key "ca/$1/key.pem"
    openssl req -new -x509 -key "ca/$1/key.pem" -subj "$2" -days 7300 -sha256 \
        -config "ca/$1/openssl.cnf" -extensions root_ca -out "ca/$1/cert.pem"
}

# issue CA-NAME PROFILE KEY SUBJECT OUT [DAYS | STARTDATE ENDDATE]
issue() {
    local ca="$1" profile="$2" key="$3" subject="$4" cert="$5"
    local dates=(-days 825)
    if [[ $# -eq 6 ]]; then dates=(-days "$6"); fi
    if [[ $# -ge 7 ]]; then dates=(-startdate "$6" -enddate "$7"); fi
    openssl req -new -key "$key" -subj "$subject" -out "$cert.csr"
    openssl ca -batch -notext -config "ca/$ca/openssl.cnf" -extensions "$profile" \
        "${dates[@]}" -in "$cert.csr" -out "$cert" 2>/dev/null
    rm -f "$cert.csr"
}

# Root CA, and the issuing CA for the gateway and the partners.
self_signed_ca root "/C=KR/O=UNI-PASS Demo/CN=UNI-PASS Demo Root CA"
ca_config partner
rsa_key ca/partner/key.pem
issue root sub_ca ca/partner/key.pem "/C=KR/O=UNI-PASS Demo/CN=UNI-PASS Demo Partner CA" ca/partner/cert.pem 3650
cp ca/root/cert.pem trust/root-ca.pem
cp ca/partner/cert.pem trust/partner-ca.pem

# The gateway (ECDSA P-256 would do as well; RSA keeps the seal readable by every peer).
rsa_key gateway.key.pem
issue partner leaf gateway.key.pem "/C=KR/O=Korea Customs Service/CN=KRCUS gateway seal" gateway.cert.pem

# Two partners: a chamber of commerce (RSA-2048) and a foreign customs (ECDSA P-256).
rsa_key keys/KCCI.key.pem
issue partner leaf keys/KCCI.key.pem "/C=KR/O=Korea Chamber of Commerce and Industry/CN=KCCI e-CO signing" partners/KCCI.pem
ec_key keys/CNCUSTOMS.key.pem
issue partner leaf keys/CNCUSTOMS.key.pem "/C=CN/O=General Administration of Customs/CN=CNCUSTOMS e-CO exchange" partners/CNCUSTOMS.pem

# Test certificates: revoked, expired, not yet valid, without digitalSignature, untrusted issuer.
rsa_key test/revoked.key.pem
issue partner leaf test/revoked.key.pem "/C=KR/O=Revoked Broker/CN=REVOKED" test/revoked.cert.pem
openssl ca -batch -config ca/partner/openssl.cnf -revoke test/revoked.cert.pem -crl_reason keyCompromise 2>/dev/null
ec_key test/expired.key.pem
issue partner leaf test/expired.key.pem "/C=KR/O=Expired Broker/CN=EXPIRED" test/expired.cert.pem 20200101000000Z 20210101000000Z
ec_key test/notyet.key.pem
issue partner leaf test/notyet.key.pem "/C=KR/O=Future Broker/CN=NOTYET" test/notyet.cert.pem 20400101000000Z 20410101000000Z
ec_key test/nokeyusage.key.pem
issue partner encipherment_only test/nokeyusage.key.pem "/C=KR/O=Encipherment Only/CN=NOKEYUSAGE" test/nokeyusage.cert.pem
self_signed_ca rogue "/C=XX/O=Rogue/CN=Rogue CA"
cp ca/rogue/cert.pem test/rogue-ca.pem
ec_key test/rogue.key.pem
issue rogue leaf test/rogue.key.pem "/C=KR/O=Korea Chamber of Commerce and Industry/CN=KCCI e-CO signing" test/rogue.cert.pem

# CRLs (PEM) of both trusted CAs.
openssl ca -batch -config ca/root/openssl.cnf -gencrl -out crl/root-ca.crl.pem 2>/dev/null
openssl ca -batch -config ca/partner/openssl.cnf -gencrl -out crl/partner-ca.crl.pem 2>/dev/null

chmod 644 trust/*.pem crl/*.pem partners/*.pem gateway.cert.pem test/*.cert.pem test/rogue-ca.pem
touch .complete
echo "demo PKI created in $out"
