profile baseline "contract_limits: a user pack with a pathological pattern (tests/e2e/contract_limits.sh)"
