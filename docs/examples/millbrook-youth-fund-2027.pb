META
key;value
description;Millbrook Youth Fund 2027: young people choose how to spend part of the youth services budget (Tandem demo data)
country;United Kingdom
unit;Millbrook
instance;2027
num_projects;12
num_votes;66
budget;60000
vote_type;approval
min_length;1
max_length;5
currency;GBP
language;en
PROJECTS
project_id;cost;name
1;10800;Girls' football sessions in Eastfield
2;15000;Youth club open late on Fridays
3;18000;Skate park repairs at Riverside
4;7200;Street sport on the Northgate estate
5;13200;Mental health drop-in run by young people
6;5400;Short breaks for young carers
7;9000;Detached youth workers in the town centre
8;12000;Holiday activities with a hot meal
9;4800;Free bus passes to college taster days
10;9600;Music studio in the library basement
11;24000;New multi-use games area in Westbrook
12;3600;Young Voices training as peer researchers
VOTES
voter_id;vote
MYF-001;2,4,1,11,3
MYF-037;4,2,1,8,11
MYF-055;9,6,12
MYF-046;6,7,5,9
MYF-052;6,12,7
MYF-028;2,11,1,8,3
MYF-006;1,11,2,4
MYF-024;8,4,2,1,3
MYF-030;2,1,8,4
MYF-026;11,2,3,8,1
MYF-056;6,5,9
MYF-020;2,11,1,8,4
MYF-064;12
MYF-023;2,4,3,11,8
MYF-038;8,11,1,3
MYF-051;6,9,5
MYF-019;3,4,8,1,2
MYF-012;8,2,1,3
MYF-054;6,9,5,7
MYF-041;9,6,5
MYF-010;4,11,8,2
MYF-060;10
MYF-065;10
MYF-014;11,1,8,3,2
MYF-066;12,10
MYF-022;4,1,2,8,3
MYF-062;10
MYF-011;11,4,3,2,1
MYF-015;3,2,4,11
MYF-042;6,9,7,12
MYF-004;11,1,2,3
MYF-027;4,11,3,8
MYF-009;11,1,8,3
MYF-044;6,7,9,12
MYF-047;12,7,9
MYF-057;7,6,9
MYF-017;11,4,8,1,3
MYF-034;3,11,8,2,1
MYF-016;8,1,3,2
MYF-043;5,9,6,7
MYF-031;1,3,8,4
MYF-035;4,8,11,2
MYF-048;5,12,7
MYF-053;9,12,7
MYF-063;10
MYF-045;5,6,9,7
MYF-013;11,4,3,8,2
MYF-061;12
MYF-039;8,1,3,4,2
MYF-059;12,10
MYF-040;3,2,8,4
MYF-021;3,2,11,4
MYF-058;7,12,5,9
MYF-005;11,8,4,1
MYF-049;12,6,9
MYF-002;11,1,2,8,3
MYF-036;1,2,8,3,11
MYF-029;4,8,1,2,3
MYF-033;1,2,4,8
MYF-007;2,11,1,3,8
MYF-050;5,12,6,7
MYF-003;4,1,2,11,8
MYF-018;4,1,11,3,2
MYF-025;2,8,11,1
MYF-032;11,2,1,8
MYF-008;1,11,2,4
