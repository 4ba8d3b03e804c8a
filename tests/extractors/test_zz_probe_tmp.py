from tests.helpers import actor_at
def test_probe(run):
    for text in [
        ("DENVER (Wire) -- Prosecutors filed charges on Tuesday in the robbery of a jewelry shop.\n\n"
         "Wade Pryce, 27, was found at his home on Sunday. His brother, Nolan Pryce, 30, killed a guard during the "
         "robbery on Friday, police said. Pryce was charged with murder and robbery.\n"),
        ("DENVER (Wire) -- Prosecutors filed charges on Tuesday in the robbery of a jewelry shop.\n\n"
         "Nolan Pryce, 30, a suspect in the robbery, killed himself in a cell on Friday. His brother, "
         "Wade Pryce, 27, was found at his home on Sunday. Pryce was charged with robbery.\n"),
        ]:
        art = run(text, published="2014-11-18")
        print("\nNOLAN", actor_at(art, text, "Nolan Pryce").id, "WADE", actor_at(art, text, "Wade Pryce").id, "CHARGED", actor_at(art, text, "Pryce was charged").id)
