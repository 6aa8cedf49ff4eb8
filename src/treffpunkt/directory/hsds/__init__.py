"""The directory in the Open Referral Human Services Data Specification (HSDS 3.0).

See `export` for the mapping; the official JSON schemas it validates against are in ./schema.
"""
