def main() -> int:
    print("dkg")
    return 0
