# Completion target for the snippet tests.

