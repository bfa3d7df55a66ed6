from contrasta.cli import main

main()
