print("lkjip")
